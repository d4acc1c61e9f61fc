import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { dimsOf, rangeSumsMany, type Sum } from './balances.repository.ts';
import { loadReportChart, rollUp } from './report-chart.ts';
import { addDays } from './report-dates.ts';
import { moneyFormat } from './report-money.ts';
import type { TrialBalanceReport, TrialBalanceReportQuery } from './reports.schemas.ts';

/**
 * The trial balance for a range — opening, movement and closing per account and currency, in that
 * currency and in base currency — or as of a date (no `from`). Grouping accounts carry the sums of
 * their children; totals add the leaf rows only, so they are zero per currency when the ledger balances.
 * Whole months come from the kept balances; only the edge months' lines are summed.
 */
export async function trialBalanceReport(
  db: CompanyDb,
  q: Omit<TrialBalanceReportQuery, 'tree'> & { tree?: boolean },
  baseCurrency: string,
): Promise<TrialBalanceReport> {
  const [chart, sums] = await Promise.all([
    loadReportChart(db),
    rangeSumsMany(db, q.from ? [{ from: q.from, to: q.to }, { to: addDays(q.from, -1) }] : [{ to: q.to }], dimsOf(q)),
  ]);
  const [movement, opening = new Map()] = sums as [Map<string, Sum>, Map<string, Sum>?];
  // per account and currency: [opening, movement, closing, base opening, base movement, base closing]
  const leaves = new Map<string, Map<string, bigint[]>>();
  const put = (accountId: string, currency: string, at: 0 | 1, amount: bigint, base: bigint) => {
    const perCurrency = leaves.get(accountId) ?? new Map<string, bigint[]>();
    const v = perCurrency.get(currency) ?? [0n, 0n, 0n, 0n, 0n, 0n];
    v[at] += amount;
    v[2] += amount;
    v[3 + at] += base;
    v[5] += base;
    perCurrency.set(currency, v);
    leaves.set(accountId, perCurrency);
  };
  for (const s of opening.values()) put(s.accountId, s.currency, 0, s.amount, s.base);
  for (const s of movement.values()) put(s.accountId, s.currency, 1, s.amount, s.base);
  const figures = q.tree === false ? leaves : rollUp(chart, leaves, 6);
  const currencies = new Set<string>([baseCurrency]);
  for (const m of leaves.values()) for (const c of m.keys()) currencies.add(c);
  const money = await moneyFormat(db, currencies);

  const rows: TrialBalanceReport['rows'] = [];
  const totals = new Map<string, bigint[]>();
  const baseTotals = [0n, 0n, 0n];
  for (const a of chart.ordered) {
    const perCurrency = figures.get(a.id);
    if (!perCurrency) continue;
    for (const currency of [...perCurrency.keys()].sort()) {
      const v = perCurrency.get(currency) as bigint[];
      if (v.every((x) => x === 0n)) continue;
      const t = (i: number) => money.text(v[i], currency);
      const b = (i: number) => money.text(v[i], baseCurrency);
      rows.push({
        accountId: a.id,
        code: a.code,
        nameEn: a.nameEn,
        nameAr: a.nameAr,
        type: a.type,
        depth: a.depth,
        group: !a.postable,
        path: a.path,
        currency,
        opening: t(0),
        movement: t(1),
        closing: t(2),
        baseOpening: b(3),
        baseMovement: b(4),
        baseClosing: b(5),
        drill: { accountId: a.id, currency, from: q.from ?? null, to: q.to },
      });
    }
  }
  for (const [accountId, perCurrency] of leaves) {
    if (!chart.byId.has(accountId)) continue;
    for (const [currency, v] of perCurrency) {
      const t = totals.get(currency) ?? [0n, 0n, 0n];
      for (let i = 0; i < 3; i++) {
        t[i] += v[i];
        baseTotals[i] += v[3 + i];
      }
      totals.set(currency, t);
    }
  }
  return {
    from: q.from ?? null,
    to: q.to,
    baseCurrency,
    rows,
    totals: [...totals.keys()].sort().map((currency) => {
      const t = totals.get(currency) as bigint[];
      return { currency, opening: money.text(t[0], currency), movement: money.text(t[1], currency), closing: money.text(t[2], currency) };
    }),
    baseTotals: {
      opening: money.text(baseTotals[0], baseCurrency),
      movement: money.text(baseTotals[1], baseCurrency),
      closing: money.text(baseTotals[2], baseCurrency),
    },
  };
}
