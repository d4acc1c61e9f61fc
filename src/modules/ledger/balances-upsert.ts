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
  const months = new Sums();
  const days = new Sums();
  for (const e of entries) {
    const month = monthOf(e.date);
    for (const l of e.lines) {
      months.add(month, l);
      days.add(e.date, l);
    }
  }
  for (const [sums, upsert] of [
    [months, monthUpsert],
    [days, dayUpsert],
  ] as const) {
    const rows = sums.rows();
    const ids = newIds(rows.length);
    rows.forEach((row, i) => {
      row[0] = ids[i];
    });
    await upsert.run(trx, rows);
  }
}

/**
 * Lines summed per period (month or day), account, currency and dimension values, as upsert rows
 * `['', account, currency, period, dim1, dim2, dim3, amount, base amount]`. Looked up by nested maps
 * (the period's and account's strings are the lines' own, their hashes cached), so a line costs no
 * new key string; each row's sort key is made once, when the row is.
 */
class Sums {
  private readonly byPeriod = new Map<string, Map<string, Map<string, unknown[]>>>();
  private readonly keyed: { key: string; row: unknown[] }[] = [];

  add(when: string, l: MinorLine) {
    let byAccount = this.byPeriod.get(when);
    if (!byAccount) {
      byAccount = new Map();
      this.byPeriod.set(when, byAccount);
    }
    let byRest = byAccount.get(l.accountId);
    if (!byRest) {
      byRest = new Map();
      byAccount.set(l.accountId, byRest);
    }
    const d = l.dims;
    const rest = d && (d[0] || d[1] || d[2]) ? `${l.currency}|${d[0] ?? ''}|${d[1] ?? ''}|${d[2] ?? ''}` : l.currency;
    const row = byRest.get(rest);
    if (row) {
      row[7] = (row[7] as bigint) + l.amount;
      row[8] = (row[8] as bigint) + l.baseAmount;
      return;
    }
    const dim1 = d?.[0] ?? '';
    const dim2 = d?.[1] ?? '';
    const dim3 = d?.[2] ?? '';
    const fresh = ['', l.accountId, l.currency, when, dim1, dim2, dim3, l.amount, l.baseAmount];
    byRest.set(rest, fresh);
    this.keyed.push({ key: `${l.accountId}|${l.currency}|${when}|${dim1}|${dim2}|${dim3}`, row: fresh });
  }

  /** The rows in key order (account, currency, period, dimension values), the order every posting takes them in. */
  rows(): unknown[][] {
    return this.keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.row);
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
