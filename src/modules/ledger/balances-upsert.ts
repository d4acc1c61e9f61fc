import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { BatchEntry } from './batch-types.ts';
import { BulkInsert, ROWS_PER_INSERT } from './bulk-insert.ts';
import { monthOf } from './fiscal-calendar.ts';
import type { MinorLine } from './journal-entry.ts';
import { typed } from './ledger-db.ts';
import { newIds } from './new-ids.ts';

/**
 * The lines summed per account, currency, month and dimension set (`ledger_balance`) and per day
 * (`ledger_balance_day`), each upserted in key order — months first, then days — so concurrent
 * postings take balance rows in one order (no deadlocks). Every posting adds its lines here: a single
 * posting, a group commit, a bulk batch.
 */
export async function addBatchToBalances(trx: CompanyDb, entries: Pick<BatchEntry, 'date' | 'lines'>[]) {
  const months = new Map<string, unknown[]>();
  const days = new Map<string, unknown[]>();
  const add = (into: Map<string, unknown[]>, when: string, l: MinorLine) => {
    const dim1 = l.dims?.[0] ?? '';
    const dim2 = l.dims?.[1] ?? '';
    const dim3 = l.dims?.[2] ?? '';
    const key = `${l.accountId}|${l.currency}|${when}|${dim1}|${dim2}|${dim3}`;
    const row = into.get(key);
    if (row) {
      row[7] = (row[7] as bigint) + l.amount;
      row[8] = (row[8] as bigint) + l.baseAmount;
    } else into.set(key, ['', l.accountId, l.currency, when, dim1, dim2, dim3, l.amount, l.baseAmount]);
  };
  for (const e of entries) {
    const month = monthOf(e.date);
    for (const l of e.lines) {
      add(months, month, l);
      add(days, e.date, l);
    }
  }
  for (const [sums, upsert] of [
    [months, monthUpsert],
    [days, dayUpsert],
  ] as const) {
    const ids = newIds(sums.size);
    const rows = [...sums.keys()].sort().map((k, i) => {
      const row = sums.get(k) as unknown[];
      row[0] = ids[i];
      return row;
    });
    await upsert.run(trx, rows);
  }
}

/** `ledger_balance` (period = month) or `ledger_balance_day` (day): add to the row of the key, or create it. */
const balanceUpsert = (table: 'ledger_balance' | 'ledger_balance_day', when: 'period' | 'day') =>
  new BulkInsert(
    ['id', 'account_id', 'currency', when, 'dim1_id', 'dim2_id', 'dim3_id', 'amount', 'base_amount'],
    (db, values) =>
      typed(db)
        .insertInto(table)
        .values(values as never)
        .onConflict((oc) =>
          oc.columns(['company_id', 'account_id', 'currency', when, 'dim1_id', 'dim2_id', 'dim3_id']).doUpdateSet({
            amount: sql`${sql.ref(`${table}.amount`)} + excluded.amount`,
            base_amount: sql`${sql.ref(`${table}.base_amount`)} + excluded.base_amount`,
          }),
        ),
    ROWS_PER_INSERT / 10,
  );
const monthUpsert = balanceUpsert('ledger_balance', 'period');
const dayUpsert = balanceUpsert('ledger_balance_day', 'day');
