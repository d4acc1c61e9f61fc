import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { claimDraft, deleteDraftRow, findEntry, replaceDraftLines } from './entries.repository.ts';
import type { LedgerCall } from './ledger-db.ts';
import { refuse } from './refusals.ts';

/** Delete a draft and its lines. A posted entry is never deleted (CONFLICT; the database refuses it too). */
export async function deleteDraft(db: CompanyDb, call: LedgerCall, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const draft = await claimDraft(trx, id, call.clock.now().toISOString());
    if (!draft) {
      if (await findEntry(trx, id)) throw refuse('CONFLICT', 'ledger.entry_posted_no_delete');
      throw new AppError('NOT_FOUND');
    }
    await replaceDraftLines(trx, id, []);
    await deleteDraftRow(trx, id);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.entry.draft_deleted',
      targetType: 'ledger_entry',
      targetId: id,
      summary: { date: draft.date },
    });
  });
}
