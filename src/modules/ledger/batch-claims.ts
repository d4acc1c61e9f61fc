import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import { CompiledOnce } from './compiled-once.ts';
import { typed } from './ledger-db.ts';

// Both run once per journal of every group (and every batch): compiled once, run with new values.
const chainClaim = new CompiledOnce(['n', 'journalId'], (db, slot) =>
  typed(db)
    .updateTable('ledger_journal')
    .set({ chain_length: sql`chain_length + ${slot('n')}` })
    .where('id', '=', slot('journalId'))
    .returning(['chain_length', 'head_hash']),
);
const sequenceClaim = new CompiledOnce(['id', 'journalId', 'fiscalYear', 'n'], (db, slot) =>
  typed(db)
    .insertInto('ledger_sequence')
    .values({ id: slot('id'), journal_id: slot('journalId'), fiscal_year: slot('fiscalYear'), last_value: slot('n') } as never)
    .onConflict((oc) =>
      oc.columns(['company_id', 'journal_id', 'fiscal_year']).doUpdateSet({ last_value: sql`ledger_sequence.last_value + excluded.last_value` }),
    )
    .returning('last_value'),
);
const headWrite = new CompiledOnce(['hash', 'journalId'], (db, slot) =>
  typed(db)
    .updateTable('ledger_journal')
    .set({ head_hash: slot('hash') })
    .where('id', '=', slot('journalId')),
);

/** Take `n` consecutive places in the journal's chain; the UPDATE locks the journal row. */
export async function claimChainSlots(trx: CompanyDb, journalId: string, n: number) {
  const r = await trx.executeQuery<{ chain_length: bigint | number | string; head_hash: string }>(chainClaim.query(trx, { n: BigInt(n), journalId }));
  const row = r.rows[0];
  if (!row) throw new Error(`claimChainSlots: no journal ${journalId}`);
  return { first: BigInt(row.chain_length) - BigInt(n) + 1n, prevHash: row.head_hash };
}

/** Advance the journal's counter for the fiscal year by `n`; returns the last number taken. */
export async function claimSequences(trx: CompanyDb, journalId: string, fiscalYear: number, n: number): Promise<bigint> {
  const r = await trx.executeQuery<{ last_value: bigint | number | string }>(
    sequenceClaim.query(trx, { id: newId(), journalId, fiscalYear: BigInt(fiscalYear), n: BigInt(n) }),
  );
  const row = r.rows[0];
  if (!row) throw new Error(`claimSequences: no counter for ${journalId} ${fiscalYear}`);
  return BigInt(row.last_value);
}

/** The journal's chain now ends at `hash` (after its claimed places were written). */
export async function writeChainHead(trx: CompanyDb, journalId: string, hash: string): Promise<void> {
  await trx.executeQuery(headWrite.query(trx, { hash, journalId }));
}
