import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { typed } from './ledger-db.ts';

/** A run of chain places a posting claimed in one journal (under the journal's row lock): `first`…`last`. */
export interface ChainPlaces {
  journalId: string;
  first: bigint;
  last: bigint;
}

/**
 * Flips the drafts a posting just wrote to posted, naming them by the chain places it claimed: the
 * chain key `(journal_id, chain_seq)` is unique and those places are the posting's alone. Named by
 * `id IN (…)`, SQLite planned the UPDATE on `(company_id, date)` (the company filter the scope adds)
 * and read every entry of the company each time: quadratic in the ledger's size. Every place must
 * flip exactly once; anything else throws, and the caller's transaction rolls back.
 */
export async function flipToPosted(trx: CompanyDb, places: ChainPlaces[], what: string): Promise<void> {
  for (const p of places) {
    const r = await typed(trx)
      .updateTable('ledger_entry')
      .set({ status: 'posted' })
      .where('journal_id', '=', p.journalId)
      .where('chain_seq', '>=', p.first)
      .where('chain_seq', '<=', p.last)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    const expected = p.last - p.first + 1n;
    if (r.numUpdatedRows !== expected) throw new Error(`${what}: ${r.numUpdatedRows} of ${expected} entries flipped to posted`);
  }
}
