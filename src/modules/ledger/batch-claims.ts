import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import { typed } from './ledger-db.ts';

/** Take `n` consecutive places in the journal's chain; the UPDATE locks the journal row. */
export async function claimChainSlots(trx: CompanyDb, journalId: string, n: number) {
  const row = await typed(trx)
    .updateTable('ledger_journal')
    .set({ chain_length: sql`chain_length + ${BigInt(n)}` })
    .where('id', '=', journalId)
    .returning(['chain_length', 'head_hash'])
    .executeTakeFirstOrThrow();
  return { first: BigInt(row.chain_length) - BigInt(n) + 1n, prevHash: row.head_hash };
}

/** Advance the journal's counter for the fiscal year by `n`; returns the last number taken. */
export async function claimSequences(trx: CompanyDb, journalId: string, fiscalYear: number, n: number): Promise<bigint> {
  const row = await typed(trx)
    .insertInto('ledger_sequence')
    .values({ id: newId(), journal_id: journalId, fiscal_year: BigInt(fiscalYear), last_value: BigInt(n) } as never)
    .onConflict((oc) =>
      oc.columns(['company_id', 'journal_id', 'fiscal_year']).doUpdateSet({ last_value: sql`ledger_sequence.last_value + excluded.last_value` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return BigInt(row.last_value);
}
