import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import { insertEntry, replaceDraftLines } from './entries.repository.ts';
import { loadEntryView } from './entry-view.ts';
import type { MinorLine } from './journal-entry.ts';
import { type EntryInput, type EntryView, entryInputSchema } from './ledger.schemas.ts';
import type { EntryTable } from './ledger.tables.ts';
import { type CompanyFacts, companyFacts, type LedgerCall } from './ledger-db.ts';
import type { PostingLookups } from './posting-facts.ts';
import { resolveLines } from './resolve-lines.ts';

/** Insert a draft row and its lines, inside the caller's transaction. */
export async function insertDraft(
  trx: CompanyDb,
  call: LedgerCall,
  input: EntryInput,
  extra: Partial<EntryTable> = {},
  opts: { storeLines?: boolean; company?: CompanyFacts; lookups?: PostingLookups } = {},
): Promise<{ row: EntryTable; lines: MinorLine[] }> {
  const company = opts.company ?? (await companyFacts(trx, call.actor));
  const lines = await resolveLines(trx, company, input, opts.lookups);
  const now = call.clock.now().toISOString();
  const row: EntryTable = {
    id: newId(),
    company_id: company.id,
    journal_id: input.journalId,
    status: 'draft',
    date: input.date,
    memo: input.memo ?? null,
    reference: input.reference ?? null,
    number: null,
    fiscal_year: null,
    sequence_no: null,
    chain_seq: null,
    author_id: call.actor.userId,
    author_label: call.actor.label,
    poster_id: null,
    poster_label: null,
    posted_at: null,
    idempotency_key: null,
    request_hash: null,
    reverses_entry_id: null,
    hash: null,
    prev_hash: null,
    created_at: now,
    updated_at: now,
    ...extra,
  };
  const { company_id: _c, ...insertable } = row;
  await insertEntry(trx, insertable);
  // Posting at once (postNewEntry) skips the draft lines: they would be deleted a moment later.
  if (opts.storeLines !== false) await replaceDraftLines(trx, row.id, lines);
  return { row, lines };
}

/** A draft entry: editable, unnumbered, outside every balance until it is posted. */
export async function createDraft(db: CompanyDb, call: LedgerCall, input: EntryInput): Promise<EntryView> {
  const data = entryInputSchema.parse(input);
  const company = await companyFacts(db, call.actor);
  return inTransaction(db, async (trx) => {
    const { row } = await insertDraft(trx, call, data);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.entry.drafted',
      targetType: 'ledger_entry',
      targetId: row.id,
      summary: { date: data.date },
    });
    return loadEntryView(trx, row.id, company.baseCurrency);
  });
}
