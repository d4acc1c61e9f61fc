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
const chainAdvance = new CompiledOnce(['journalId', 'from', 'to', 'prevHash', 'hash'], (db, slot) =>
  typed(db)
    .updateTable('ledger_journal')
    .set({ chain_length: slot('to') as never, head_hash: slot('hash') })
    .where('id', '=', slot('journalId'))
    .where('chain_length', '=', slot('from') as never)
    .where('head_hash', '=', slot('prevHash')),
);

/**
 * Move the journal's chain from (`from` places, ending at `prevHash`) to (`to` places, ending at
 * `hash`) in ONE statement, for a writer that read the journal's chain under its lock (a group commit:
 * the journal row is locked — SQLite's single writer, PostgreSQL's FOR UPDATE — before it is read).
 * The chain must still be where it was read: anything else throws, and the caller rolls back.
 */
export async function advanceChain(trx: CompanyDb, journalId: string, from: bigint, to: bigint, prevHash: string, hash: string): Promise<void> {
  const r = await trx.executeQuery(chainAdvance.query(trx, { journalId, from, to, prevHash, hash }));
  if (BigInt(r.numAffectedRows ?? 0n) !== 1n) throw new Error(`advanceChain: journal ${journalId} is no longer at ${from} places`);
}

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
