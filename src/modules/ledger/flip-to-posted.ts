import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { CompiledOnce } from './compiled-once.ts';
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
    const r = await trx.executeQuery(flip.query(trx, { journalId: p.journalId, first: p.first, last: p.last }));
    const flipped = BigInt(r.numAffectedRows ?? 0n);
    const expected = p.last - p.first + 1n;
    if (flipped !== expected) throw new Error(`${what}: ${flipped} of ${expected} entries flipped to posted`);
  }
}

// Run once per journal of every group and batch: compiled once.
const flip = new CompiledOnce(['journalId', 'first', 'last'], (db, slot) =>
  typed(db)
    .updateTable('ledger_entry')
    .set({ status: 'posted' })
    .where('journal_id', '=', slot('journalId'))
    .where('chain_seq', '>=', slot('first') as never)
    .where('chain_seq', '<=', slot('last') as never)
    .where('status', '=', 'draft'),
);
