import type { AccountType } from '../ledger.tables.ts';
import type { Sum } from './balances.repository.ts';
import { type ReportChart, rollUp } from './report-chart.ts';
import { type MoneyFormat, naturalSign } from './report-money.ts';
import type { Drill, StatementRow, StatementSection } from './reports.schemas.ts';

/** How a statement reads its figures: every line in base currency, or only the lines of one currency. */
export interface Basis {
  currency: string;
  basis: 'base' | 'currency';
}
export const basisOf = (currency: string | undefined, baseCurrency: string): Basis =>
  currency && currency !== baseCurrency ? { currency, basis: 'currency' } : { currency: baseCurrency, basis: 'base' };
export const filterOf = (b: Basis) => (b.basis === 'currency' ? { currency: b.currency } : {});

/** Per account, one figure per column (signed: debit positive) in the statement's basis. */
export function columnsByAccount(columns: Map<string, Sum>[], b: Basis): Map<string, Map<string, bigint[]>> {
  const out = new Map<string, Map<string, bigint[]>>();
  columns.forEach((sums, i) => {
    for (const s of sums.values()) {
      const v = out.get(s.accountId)?.get('*') ?? Array.from({ length: columns.length }, () => 0n);
      v[i] += b.basis === 'base' ? s.base : s.amount;
      out.set(s.accountId, new Map([['*', v]]));
    }
  });
  return out;
}

/** The sum of the figures of every account of the given types (leaves only), per column. */
export function totalOfTypes(chart: ReportChart, leaves: Map<string, Map<string, bigint[]>>, types: AccountType[], width: number): bigint[] {
  const t = Array.from({ length: width }, () => 0n);
  for (const [id, perKey] of leaves) {
    const a = chart.byId.get(id);
    if (!a || !types.includes(a.type)) continue;
    const v = perKey.get('*') ?? [];
    for (let i = 0; i < width; i++) t[i] += v[i] ?? 0n;
  }
  return t;
}

/**
 * One section per account type, rows in tree order with grouping accounts summing their children,
 * figures in natural sign; rows that are zero in every column are left out. `drills[i]` gives the
 * date range of column i.
 */
export function buildSections(
  chart: ReportChart,
  leaves: Map<string, Map<string, bigint[]>>,
  types: AccountType[],
  money: MoneyFormat,
  b: Basis,
  drills: { from: string | null; to: string }[],
): StatementSection[] {
  const width = drills.length;
  const rolled = rollUp(chart, leaves, width);
  const currency = b.basis === 'currency' ? b.currency : null;
  return types.map((type) => {
    const sign = naturalSign(type);
    const rows: StatementRow[] = [];
    for (const a of chart.ordered) {
      if (a.type !== type) continue;
      const v = rolled.get(a.id)?.get('*');
      if (!v || v.every((x) => x === 0n)) continue;
      rows.push({
        accountId: a.id,
        code: a.code,
        nameEn: a.nameEn,
        nameAr: a.nameAr,
        type: a.type,
        depth: a.depth,
        group: !a.postable,
        kind: 'account',
        amounts: v.map((x) => money.text(sign * x, b.currency)),
        drill: drills.map((d): Drill => ({ accountId: a.id, currency, ...d })),
      });
    }
    const total = totalOfTypes(chart, leaves, [type], width);
    return { type, rows, total: total.map((x) => money.text(sign * x, b.currency)) };
  });
}

/** The root accounts of some types, comma-joined: what a drill into "all income and expenses" lists. */
export const rootsOf = (chart: ReportChart, types: AccountType[]) =>
  chart.ordered
    .filter((a) => a.depth === 0 && types.includes(a.type))
    .map((a) => a.id)
    .join(',');
