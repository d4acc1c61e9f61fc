import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { claimDraft, findEntry, replaceDraftLines, updateDraftRow } from './entries.repository.ts';
import { loadEntryView } from './entry-view.ts';
import { type EntryPatch, type EntryView, entryPatchSchema } from './ledger.schemas.ts';
import { companyFacts, type LedgerCall } from './ledger-db.ts';
import { refuse } from './refusals.ts';
import { resolveLines } from './resolve-lines.ts';

/** Change a draft: header fields and/or the whole set of lines. A posted entry is refused (CONFLICT). */
export async function updateDraft(db: CompanyDb, call: LedgerCall, id: string, patch: EntryPatch): Promise<EntryView> {
  const p = entryPatchSchema.parse(patch);
  const company = await companyFacts(db, call.actor);
  return inTransaction(db, async (trx) => {
    const draft = await claimDraft(trx, id, call.clock.now().toISOString());
    if (!draft) {
      if (await findEntry(trx, id)) throw refuse('CONFLICT', 'ledger.entry_posted_no_change');
      throw new AppError('NOT_FOUND');
    }
    const lines = p.lines ? await resolveLines(trx, company, { journalId: p.journalId, date: p.date ?? draft.date, lines: p.lines }) : undefined;
    if (!p.lines && p.journalId) await resolveLines(trx, company, { journalId: p.journalId, lines: [] });
    await updateDraftRow(trx, id, {
      journal_id: p.journalId ?? draft.journal_id,
      date: p.date ?? draft.date,
      memo: p.memo !== undefined ? p.memo : draft.memo,
      reference: p.reference !== undefined ? p.reference : draft.reference,
    });
    if (lines) await replaceDraftLines(trx, id, lines);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.entry.draft_updated',
      targetType: 'ledger_entry',
      targetId: id,
      summary: { fields: Object.keys(p) },
    });
    return loadEntryView(trx, id, company.baseCurrency);
  });
}
