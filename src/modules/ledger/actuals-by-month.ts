import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { monthSpan, nonZeroLines, RECORD, readAccountTexts, UNIT } from './actual-lines-text.ts';
import { nextMonthStart } from './budget-reads.ts';
import { typed } from './ledger-db.ts';

/** One kept-balance cell: an account's base-currency movement (debit positive) in one month, for one value of a dimension slot. */
export interface ActualCell {
  accountId: string;
  month: string;
  /** The dimension value on the slot asked for; `''` for lines without one. Absent slot: always `''`. */
  dimensionValueId: string;
  base: bigint;
}

/**
 * Actual movements per account (all accounts, or those named) × month (× the values of one dimension slot), in the base currency,
 * read only from the kept balances (no scan of posted lines). Year-end closing entries are left out,
 * so an income or expense account's last month shows its trading, not its closing. Debit positive.
 */
export async function actualsByMonth(
  db: CompanyDb,
  q: { accountIds?: string[]; fromMonth: string; toMonth: string; dimensionSlot?: 1 | 2 | 3 },
): Promise<ActualCell[]> {
  if (q.accountIds?.length === 0) return [];
  const dim = q.dimensionSlot ? (`dim${q.dimensionSlot}_id` as const) : null;
  let kq = typed(db).selectFrom('ledger_balance');
  if (q.accountIds) kq = kq.where('account_id', 'in', q.accountIds);
  const kept = await kq
    .where('period', '>=', q.fromMonth)
    .where('period', '<=', q.toMonth)
    .select([
      'account_id',
      'period',
      dim ? sql<string>`${sql.ref(dim)}`.as('dim') : sql<string>`''`.as('dim'),
      sql<bigint>`cast(sum(base_amount) as bigint)`.as('base'),
    ])
    .groupBy(dim ? ['account_id', 'period', dim] : ['account_id', 'period'])
    .execute();
  const closing = await typed(db).selectFrom('ledger_year_end').select('entry_id').execute();
  if (closing.length === 0) {
    // grouped by account × month × value already: no merging needed
    const cells: ActualCell[] = [];
    for (const r of kept) {
      const base = BigInt(r.base ?? 0n);
      if (base !== 0n) cells.push({ accountId: r.account_id, month: r.period, dimensionValueId: r.dim ?? '', base });
    }
    return cells;
  }
  const out = new Map<string, ActualCell>();
  const add = (accountId: string, month: string, dimensionValueId: string, base: bigint) => {
    const key = `${accountId}|${month}|${dimensionValueId}`;
    const cell = out.get(key) ?? { accountId, month, dimensionValueId, base: 0n };
    cell.base += base;
    out.set(key, cell);
  };
  for (const r of kept) add(r.account_id, r.period, r.dim ?? '', BigInt(r.base ?? 0n));
  const lines = await closingLines(db, closing, q.accountIds, q.fromMonth, q.toMonth, dim);
  for (const l of lines) add(l.account_id, l.entry_date.slice(0, 7), l.dim ?? '', -BigInt(l.base_amount));
  return [...out.values()].filter((c) => c.base !== 0n);
}

/** Actual movements of one line (an account × one value of a dimension slot), one base-currency sum per month asked for. Debit positive. */
export interface ActualLine {
  accountId: string;
  /** The dimension value on the slot asked for; `''` for lines without one. Absent slot: always `''`. */
  dimensionValueId: string;
  /** one sum per month, in the order of `months` */
  base: bigint[];
}

/**
 * The figures of `actualsByMonth`, one row per line instead of one per cell, in account then dimension value
 * order. Each account's kept balances come back as one string (see actual-lines-text.ts): read in index
 * order, with no sort and no per-month sums in SQL. Year-end closing entries are left out; lines whose
 * months are all zero are left out.
 */
export async function actualsByLine(db: CompanyDb, q: { accountIds?: string[]; months: readonly string[]; dimensionSlot?: 1 | 2 | 3 }): Promise<ActualLine[]> {
  if (q.accountIds?.length === 0 || q.months.length === 0) return [];
  const months = q.months;
  const sorted = [...months].sort();
  const from = sorted[0] as string;
  const to = sorted[sorted.length - 1] as string;
  const dim = q.dimensionSlot ? (`dim${q.dimensionSlot}_id` as const) : null;
  const record = sql<string>`concat(period, ${dim ? sql.ref(dim) : sql.lit('')}, cast(${UNIT} as text), base_amount)`;
  const joined = isPostgres(db) ? sql<string>`string_agg(${record}, ${RECORD})` : sql<string>`group_concat(${record}, ${RECORD})`;
  let kq = typed(db).selectFrom('ledger_balance');
  if (q.accountIds) kq = kq.where('account_id', 'in', q.accountIds);
  const rows = await kq
    .where('period', '>=', from)
    .where('period', '<=', to)
    .select(['account_id', sql<bigint>`count(*)`.as('n'), joined.as('t')])
    .groupBy('account_id')
    .orderBy('account_id')
    .execute();
  const lines: ActualLine[] = readAccountTexts(rows, monthSpan(months));
  const closing = await typed(db).selectFrom('ledger_year_end').select('entry_id').execute();
  if (closing.length > 0) {
    const index = new Map(months.map((m, i) => [m, i]));
    const byKey = new Map(lines.map((l) => [`${l.accountId}|${l.dimensionValueId}`, l]));
    const closed = await closingLines(db, closing, q.accountIds, from, to, dim);
    for (const c of closed) {
      const i = index.get(c.entry_date.slice(0, 7));
      if (i === undefined) continue;
      const key = `${c.account_id}|${c.dim ?? ''}`;
      let l = byKey.get(key);
      if (!l) {
        l = { accountId: c.account_id, dimensionValueId: c.dim ?? '', base: months.map(() => 0n) };
        byKey.set(key, l);
        lines.push(l);
      }
      l.base[i] = (l.base[i] as bigint) - BigInt(c.base_amount);
    }
  }
  return nonZeroLines(lines);
}

/** The lines of the year-end closing entries from `fromMonth` to `toMonth` (of the accounts named), to take back out of the kept sums. */
async function closingLines(
  db: CompanyDb,
  closing: { entry_id: string }[],
  accountIds: string[] | undefined,
  fromMonth: string,
  toMonth: string,
  dim: 'dim1_id' | 'dim2_id' | 'dim3_id' | null,
) {
  let lq = typed(db)
    .selectFrom('ledger_line')
    .where(
      'entry_id',
      'in',
      closing.map((c) => c.entry_id),
    );
  if (accountIds) lq = lq.where('account_id', 'in', accountIds);
  return lq
    .where('entry_date', '>=', `${fromMonth}-01`)
    .where('entry_date', '<', nextMonthStart(toMonth))
    .select(['account_id', 'entry_date', dim ? sql<string>`${sql.ref(dim)}`.as('dim') : sql<string>`''`.as('dim'), 'base_amount'])
    .execute();
}
