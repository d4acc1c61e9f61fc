import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { typed } from '../ledger-db.ts';
import { cheaperEdges, type RangeSplit, splitRange } from './report-dates.ts';

/**
 * Every sum the reports read, in one place: the kept balances (`ledger_balance`, one row per
 * account, currency, month and dimension set; `ledger_balance_day`, the same per day) and, for
 * year-end closing entries only, the posted lines. A change to the balance key touches this file
 * only: every query here sums across whatever else the key holds.
 */
export interface Sum {
  accountId: string;
  currency: string;
  amount: bigint;
  base: bigint;
}
export interface MonthSum extends Sum {
  month: string;
}

/** Which lines to sum: some accounts (absent: all), one currency (absent: all), dimension values. */
export interface SumFilter extends DimFilter {
  accountIds?: string[];
  currency?: string;
}

/** A dimension value id per slot: only lines carrying it (kept balances are keyed by the same set). */
export interface DimFilter {
  dim1?: string;
  dim2?: string;
  dim3?: string;
}
export const dimsOf = (q: DimFilter): DimFilter => ({ dim1: q.dim1, dim2: q.dim2, dim3: q.dim3 });

const sumAmount = sql<bigint>`cast(sum(amount) as bigint)`;
const sumBase = sql<bigint>`cast(sum(base_amount) as bigint)`;
const toSum = (r: { account_id: string; currency: string; amount: bigint | null; base: bigint | null }): Sum => ({
  accountId: r.account_id,
  currency: r.currency,
  amount: BigInt(r.amount ?? 0n),
  base: BigInt(r.base ?? 0n),
});

/** The filter both kept balances and raw lines take: accounts, currency, dimension values. */
// biome-ignore lint/suspicious/noExplicitAny: ledger_balance and ledger_line share these columns
const sumFilter = (f: SumFilter) => (eb: ExpressionBuilder<any, any>) => {
  const conditions: Expression<SqlBool>[] = [];
  if (f.accountIds) conditions.push(eb('account_id', 'in', f.accountIds));
  if (f.currency) conditions.push(eb('currency', '=', f.currency));
  if (f.dim1) conditions.push(eb('dim1_id', '=', f.dim1));
  if (f.dim2) conditions.push(eb('dim2_id', '=', f.dim2));
  if (f.dim3) conditions.push(eb('dim3_id', '=', f.dim3));
  return eb.and(conditions);
};

/** Kept balances of whole months, `fromMonth`…`toMonth` inclusive (no `fromMonth`: from the start). */
export async function keptSums(db: CompanyDb, months: { fromMonth?: string; toMonth: string }, f: SumFilter = {}): Promise<Sum[]> {
  if (f.accountIds?.length === 0) return [];
  let q = typed(db).selectFrom('ledger_balance').where('period', '<=', months.toMonth);
  if (months.fromMonth) q = q.where('period', '>=', months.fromMonth);
  q = q.where(sumFilter(f));
  const rows = await q
    .select(['account_id', 'currency', sumAmount.as('amount'), sumBase.as('base')])
    .groupBy(['account_id', 'currency'])
    .execute();
  return rows.map(toSum);
}

/**
 * Posted lines dated `from`…`to` inclusive, summed per account and currency — read from the balances
 * kept per day (`ledger_balance_day`, at most one row per account, currency, day and dimension set),
 * not from the lines: a half-month edge costs days × accounts rows, whatever the number of postings.
 */
export async function daySums(db: CompanyDb, range: { from: string; to: string }, f: SumFilter = {}): Promise<Sum[]> {
  if (f.accountIds?.length === 0) return [];
  let q = typed(db).selectFrom('ledger_balance_day').where('day', '>=', range.from).where('day', '<=', range.to);
  q = q.where(sumFilter(f));
  const rows = await q
    .select(['account_id', 'currency', sumAmount.as('amount'), sumBase.as('base')])
    .groupBy(['account_id', 'currency'])
    .execute();
  return rows.map(toSum);
}

/** Kept balances per month, `fromMonth`…`toMonth` inclusive. */
export async function keptMonthly(db: CompanyDb, months: { fromMonth: string; toMonth: string }, f: SumFilter = {}): Promise<MonthSum[]> {
  if (f.accountIds?.length === 0) return [];
  let q = typed(db).selectFrom('ledger_balance').where('period', '>=', months.fromMonth).where('period', '<=', months.toMonth);
  q = q.where(sumFilter(f));
  const rows = await q
    .select(['account_id', 'currency', 'period', sumAmount.as('amount'), sumBase.as('base')])
    .groupBy(['account_id', 'currency', 'period'])
    .execute();
  return rows.map((r) => ({ ...toSum(r), month: r.period }));
}

/** The last month up to `toMonth` each account had a posting in (kept balances have a row for every month that did). */
export async function lastMovementMonths(db: CompanyDb, toMonth: string): Promise<Map<string, string>> {
  const rows = await typed(db)
    .selectFrom('ledger_balance')
    .where('period', '<=', toMonth)
    .select(['account_id', (eb) => eb.fn.max('period').as('month')])
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((r) => [r.account_id, String(r.month)]));
}

/**
 * The sums of the lines dated `from`…`to` (no `from`: since the beginning), per account and currency:
 * kept balances for the whole months in the range, kept day balances for the partial months at its edges.
 */
export async function rangeSums(db: CompanyDb, from: string | undefined, to: string, f: SumFilter = {}): Promise<Map<string, Sum>> {
  return (await rangeSumsMany(db, [{ from, to }], f))[0] as Map<string, Sum>;
}

interface Term {
  from?: string;
  to: string;
  /** range index → sign with which this term adds to that range */
  uses: [number, bigint][];
}

/**
 * `rangeSums` for several ranges at once (a statement's columns, a report's opening and closing):
 * every whole-month part of every range is summed in ONE pass over the kept monthly balances (one
 * conditional sum per distinct month span), and each distinct partial-month edge once from the day
 * balances. A balance sheet's six as-of sums cost one scan of the months instead of six.
 */
export async function rangeSumsMany(db: CompanyDb, ranges: { from?: string; to: string }[], f: SumFilter = {}): Promise<Map<string, Sum>[]> {
  const out = ranges.map(() => new Map<string, Sum>());
  if (f.accountIds?.length === 0) return out;
  const months = new Map<string, Term>();
  const days = new Map<string, Term>();
  const use = (terms: Map<string, Term>, span: { from?: string; to: string }, range: number, sign: bigint) => {
    const key = `${span.from ?? ''}|${span.to}`;
    const t = terms.get(key) ?? { from: span.from, to: span.to, uses: [] };
    t.uses.push([range, sign]);
    terms.set(key, t);
  };
  ranges.forEach((r, i) => {
    const split: RangeSplit = cheaperEdges(splitRange(r.from, r.to));
    if (split.months) use(months, { from: split.months.fromMonth, to: split.months.toMonth }, i, 1n);
    for (const m of split.extraMonths ?? []) use(months, { from: m, to: m }, i, 1n);
    for (const d of split.lineRanges) use(days, d, i, 1n);
    for (const d of split.minusRanges ?? []) use(days, d, i, -1n);
  });
  const add = (range: number, s: Sum, sign: bigint) => {
    const k = sumKey(s.accountId, s.currency);
    const t = out[range].get(k) ?? { accountId: s.accountId, currency: s.currency, amount: 0n, base: 0n };
    t.amount += sign * s.amount;
    t.base += sign * s.base;
    out[range].set(k, t);
  };
  const monthTerms = [...months.values()];
  const [monthRows, dayRows] = await Promise.all([
    keptSumsMany(db, monthTerms, f),
    Promise.all([...days.values()].map((t) => daySums(db, { from: t.from as string, to: t.to }, f))),
  ]);
  monthRows.forEach((sums, i) => {
    for (const s of sums) for (const [range, sign] of monthTerms[i].uses) add(range, s, sign);
  });
  [...days.values()].forEach((t, i) => {
    for (const s of dayRows[i]) for (const [range, sign] of t.uses) add(range, s, sign);
  });
  return out;
}

/** Kept balances of several month spans in one pass: one conditional sum per span, per account and currency. */
async function keptSumsMany(db: CompanyDb, spans: { from?: string; to: string }[], f: SumFilter): Promise<Sum[][]> {
  if (spans.length === 0) return [];
  if (spans.length === 1) return [await keptSums(db, { fromMonth: spans[0].from, toMonth: spans[0].to }, f)];
  const lowest = spans.every((s) => s.from !== undefined) ? spans.map((s) => s.from as string).sort()[0] : undefined;
  const highest = spans.map((s) => s.to).sort()[spans.length - 1] as string;
  const inSpan = (s: { from?: string; to: string }) => (s.from === undefined ? sql`period <= ${s.to}` : sql`period >= ${s.from} and period <= ${s.to}`);
  let q = typed(db).selectFrom('ledger_balance').where('period', '<=', highest);
  if (lowest) q = q.where('period', '>=', lowest);
  q = q.where(sumFilter(f));
  const rows = (await q
    .select(['account_id', 'currency'])
    .select(
      spans.flatMap((s, i) => [
        sql<bigint>`cast(sum(case when ${inSpan(s)} then amount else 0 end) as bigint)`.as(`a${i}`),
        sql<bigint>`cast(sum(case when ${inSpan(s)} then base_amount else 0 end) as bigint)`.as(`b${i}`),
      ]),
    )
    .groupBy(['account_id', 'currency'])
    .execute()) as unknown as Record<string, unknown>[];
  return spans.map((_, i) =>
    rows.map((r) => toSum({ account_id: r.account_id as string, currency: r.currency as string, amount: r[`a${i}`] as bigint, base: r[`b${i}`] as bigint })),
  );
}

/**
 * Balances as of several dates (every line dated up to each date), per account, in ONE basis: the sum
 * of `base_amount` over every currency, or of `amount` (with a currency in the filter: that currency's
 * lines in that currency). What a balance sheet needs, and all it needs: no per-currency split, one
 * column. Two statements, run side by side (on PostgreSQL on two connections): the kept months up to
 * the last month any date needs, one conditional sum per distinct month a date needs (grouped by
 * account, in index order: no sort); and the distinct partial-month edges from the day balances, one
 * `UNION ALL` branch per edge seeking its own day range. A date's figure is its month sum plus (or,
 * for an edge covering most of its month, minus) its edge. Returns account id → one figure per date,
 * in the order of `dates`.
 */
export async function asOfSums(db: CompanyDb, dates: string[], column: 'amount' | 'base_amount', f: SumFilter = {}): Promise<Map<string, bigint[]>> {
  const out = new Map<string, bigint[]>();
  if (dates.length === 0 || f.accountIds?.length === 0) return out;
  const bounds: string[] = [];
  const edges: { from: string; to: string }[] = [];
  const edgeIndex = new Map<string, number>();
  const plan = dates.map((date) => {
    const split = cheaperEdges(splitRange(undefined, date));
    // as of a date: every whole month up to `upTo` (the kept months, and an edge month taken whole)
    const upTo = [split.months?.toMonth ?? '', ...(split.extraMonths ?? [])].sort().pop() as string;
    if (!bounds.includes(upTo)) bounds.push(upTo);
    const uses: [number, bigint][] = [];
    const edge = (r: { from: string; to: string }, sign: bigint) => {
      const key = `${r.from}|${r.to}`;
      let i = edgeIndex.get(key);
      if (i === undefined) {
        i = edges.length;
        edges.push(r);
        edgeIndex.set(key, i);
      }
      uses.push([i, sign]);
    };
    for (const r of split.lineRanges) edge(r, 1n);
    for (const r of split.minusRanges ?? []) edge(r, -1n);
    return { upTo, uses };
  });
  bounds.sort();
  const last = bounds[bounds.length - 1] as string;
  const d = typed(db);
  const value = sql.ref(column);
  const monthQuery = d
    .selectFrom('ledger_balance')
    .where('period', '<=', last)
    .where(sumFilter(f))
    .select([
      'account_id',
      ...bounds.map((m, i) =>
        (i === bounds.length - 1
          ? sql<bigint>`cast(sum(${value}) as bigint)`
          : sql<bigint>`cast(sum(case when period <= ${m} then ${value} end) as bigint)`
        ).as(`m${i}`),
      ),
    ])
    .groupBy('account_id');
  const edgeQuery = (r: { from: string; to: string }, i: number) =>
    d
      .selectFrom('ledger_balance_day')
      .where('day', '>=', r.from)
      .where('day', '<=', r.to)
      .where(sumFilter(f))
      .select([sql.lit(i).as('k'), 'account_id', sql<bigint>`cast(sum(${value}) as bigint)`.as('s')])
      .groupBy('account_id');
  const [monthRows, edgeRows] = await Promise.all([
    monthQuery.execute(),
    edges.length === 0
      ? []
      : edges
          .slice(1)
          .reduce((q, r, i) => q.unionAll(edgeQuery(r, i + 1)), edgeQuery(edges[0] as { from: string; to: string }, 0))
          .execute(),
  ]);
  const prefixes = new Map<string, bigint[]>();
  for (const r of monthRows as unknown as Record<string, unknown>[])
    prefixes.set(
      r.account_id as string,
      bounds.map((_, i) => BigInt((r[`m${i}`] as bigint | null) ?? 0n)),
    );
  const edgeSums = new Map<string, bigint[]>();
  for (const r of edgeRows) {
    const v = edgeSums.get(r.account_id) ?? edges.map(() => 0n);
    v[Number(r.k)] = BigInt(r.s ?? 0n);
    edgeSums.set(r.account_id, v);
  }
  const at = plan.map((p) => bounds.indexOf(p.upTo));
  for (const id of new Set([...prefixes.keys(), ...edgeSums.keys()])) {
    const prefix = prefixes.get(id);
    const e = edgeSums.get(id);
    out.set(
      id,
      plan.map((p, i) => {
        let x = prefix ? (prefix[at[i] as number] as bigint) : 0n;
        if (e) for (const [edge, sign] of p.uses) x += sign * (e[edge] as bigint);
        return x;
      }),
    );
  }
  return out;
}

export const sumKey = (accountId: string, currency: string) => `${accountId}|${currency}`;

/**
 * Lines of year-end closing entries (recorded in `ledger_year_end`) dated `from`…`to`, per account and
 * currency (and per month with `byMonth`). The kept balances include them; statements of income take
 * them back out, or a closed year would show a result of zero.
 */
export async function closingLineSums(db: CompanyDb, range: { from: string; to: string }, f: SumFilter = {}): Promise<MonthSum[]> {
  return (await closingLineSumsMany(db, [range], f))[0] as MonthSum[];
}

/** `closingLineSums` for several ranges: the closing entries are looked up once (usually there are none). */
export async function closingLineSumsMany(db: CompanyDb, ranges: { from: string; to: string }[], f: SumFilter = {}): Promise<MonthSum[][]> {
  if (f.accountIds?.length === 0) return ranges.map(() => []);
  // a handful of entries (one per closed year): fetch them first, then their lines by entry
  const closing = await typed(db).selectFrom('ledger_year_end').select('entry_id').execute();
  if (closing.length === 0) return ranges.map(() => []);
  return Promise.all(
    ranges.map(async (range) => {
      let q = typed(db)
        .selectFrom('ledger_line')
        .where(
          'entry_id',
          'in',
          closing.map((c) => c.entry_id),
        )
        .where('entry_date', '>=', range.from)
        .where('entry_date', '<=', range.to);
      q = q.where(sumFilter(f));
      const rows = await q
        .select(['account_id', 'currency', 'entry_date', sumAmount.as('amount'), sumBase.as('base')])
        .groupBy(['account_id', 'currency', 'entry_date'])
        .execute();
      return rows.map((r) => ({ ...toSum(r), month: r.entry_date.slice(0, 7) }));
    }),
  );
}
