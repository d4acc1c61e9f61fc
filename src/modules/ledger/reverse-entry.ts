import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { entryLines, findEntry, findReversalOf, insertEntry } from './entries.repository.ts';
import { loadEntryView } from './entry-view.ts';
import { todayIn } from './fiscal-calendar.ts';
import { mirrorLines } from './journal-entry.ts';
import { type EntryView, type ReverseInput, reverseSchema } from './ledger.schemas.ts';
import type { EntryTable } from './ledger.tables.ts';
import { companyFacts, isUniqueViolation, type LedgerCall } from './ledger-db.ts';
import { postDraftLines } from './posting.ts';
import { refuse } from './refusals.ts';

const ONCE = { pg: 'ledger_entry_reverses_entry_id_key', sqlite: 'ledger_entry.reverses_entry_id' };

/**
 * Correct a posted entry by posting its mirror (every amount negated) in the same journal on the
 * chosen date — today in the company's time zone by default. The reversal names the entry it
 * reverses; the unique `reverses_entry_id` makes a second reversal impossible (CONFLICT), even
 * when two arrive at once. The reversal date must be in an open period after the lock date.
 */
export async function reverseEntry(db: CompanyDb, call: LedgerCall, id: string, input: ReverseInput = {}): Promise<EntryView> {
  const r = reverseSchema.parse(input);
  const company = await companyFacts(db, call.actor);
  try {
    return await inTransaction(db, async (trx) => {
      const original = await findEntry(trx, id);
      if (!original) throw new AppError('NOT_FOUND');
      if (original.status !== 'posted') throw refuse('CONFLICT', 'ledger.reverse_not_posted');
      const earlier = await findReversalOf(trx, id);
      if (earlier) throw refuse('CONFLICT', 'ledger.already_reversed_by', { number: earlier.number ?? '' }, { reversalId: earlier.id });
      const now = call.clock.now().toISOString();
      const date = r.date ?? todayIn(company.timeZone, call.clock.now());
      const row: EntryTable = {
        ...original,
        id: newId(),
        status: 'draft',
        date,
        memo: r.memo ?? `Reversal of ${original.number}`,
        reference: original.reference,
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
        reverses_entry_id: original.id,
        hash: null,
        prev_hash: null,
        created_at: now,
        updated_at: now,
      };
      const { company_id: _c, ...insertable } = row;
      await insertEntry(trx, insertable);
      await postDraftLines(trx, call, company, row, mirrorLines(await entryLines(trx, original)), { fromDraft: false });
      return loadEntryView(trx, row.id, company.baseCurrency);
    });
  } catch (err) {
    if (isUniqueViolation(err, ONCE)) throw refuse('CONFLICT', 'ledger.already_reversed');
    throw err;
  }
}
