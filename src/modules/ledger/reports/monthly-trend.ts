import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { AppError } from '../../../platform/errors.ts';
import { closingLineSums, dimsOf, keptMonthly } from './balances.repository.ts';
import { loadReportChart, rollUp } from './report-chart.ts';
import { addMonthsToMonth, monthEnd, monthsBetween } from './report-dates.ts';
import { moneyFormat, naturalSign } from './report-money.ts';
import type { Trend, TrendQuery } from './reports.schemas.ts';
import { basisOf, filterOf } from './statement-sections.ts';

/**
 * N whole months ending with `to`, per account (grouping accounts sum their children), in natural
 * sign, read only from the kept balances: O(accounts × months), whatever the number of lines.
 */
export async function monthlyTrend(db: CompanyDb, q: TrendQuery, baseCurrency: string): Promise<Trend> {
  const b = basisOf(q.currency, baseCurrency);
  const chart = await loadReportChart(db);
  const unknown = (q.accountId ?? []).filter((id) => !chart.byId.has(id));
  if (unknown.length) throw new AppError('NOT_FOUND', 'No such account', { accountIds: unknown });
  const shown = q.accountId ? [...new Set(q.accountId)] : chart.ordered.filter((a) => q.types.includes(a.type)).map((a) => a.id);
  const accountIds = [...new Set(shown.flatMap((id) => chart.subtree(id)))];
  const isPl = (id: string) => ['income', 'expense'].includes(chart.byId.get(id)?.type ?? '');
  const fromMonth = addMonthsToMonth(q.to, 1 - q.months);
  const months = monthsBetween(fromMonth, q.to);
  const index = new Map(months.map((m, i) => [m, i]));
  const leaves = new Map<string, Map<string, bigint[]>>();
  const filter = { ...filterOf(b), ...dimsOf(q), accountIds };
  const [kept, closing] = await Promise.all([
    keptMonthly(db, { fromMonth, toMonth: q.to }, filter),
    // year-end closing entries are not income or expense: left out of those accounts' months
    closingLineSums(db, { from: `${fromMonth}-01`, to: monthEnd(q.to) }, { ...filter, accountIds: accountIds.filter((id) => isPl(id)) }),
  ]);
  const put = (s: { accountId: string; month: string; amount: bigint; base: bigint }, sign: bigint) => {
    const v = leaves.get(s.accountId)?.get('*') ?? months.map(() => 0n);
    v[index.get(s.month) as number] += sign * (b.basis === 'base' ? s.base : s.amount);
    leaves.set(s.accountId, new Map([['*', v]]));
  };
  for (const s of kept) put(s, 1n);
  for (const s of closing) put(s, -1n);
  const rolled = rollUp(chart, leaves, months.length);
  const money = await moneyFormat(db, [b.currency]);
  const currency = b.basis === 'currency' ? b.currency : null;
  const shownSet = new Set(shown);
  const rows = chart.ordered
    .filter((a) => shownSet.has(a.id))
    .map((a) => {
      const v = rolled.get(a.id)?.get('*') ?? months.map(() => 0n);
      const sign = naturalSign(a.type);
      return {
        accountId: a.id,
        code: a.code,
        nameEn: a.nameEn,
        nameAr: a.nameAr,
        type: a.type,
        depth: a.depth,
        group: !a.postable,
        amounts: v.map((x) => money.text(sign * x, b.currency)),
        drill: months.map((m) => ({ accountId: a.id, currency, from: `${m}-01`, to: monthEnd(m) })),
      };
    });
  const totals = new Map<string, bigint[]>();
  for (const [id, perKey] of leaves) {
    const a = chart.byId.get(id);
    if (!a) continue;
    const t = totals.get(a.type) ?? months.map(() => 0n);
    (perKey.get('*') ?? []).forEach((x, i) => {
      t[i] += x;
    });
    totals.set(a.type, t);
  }
  return {
    currency: b.currency,
    basis: b.basis,
    months: months.map((m) => ({ month: m, from: `${m}-01`, to: monthEnd(m) })),
    rows,
    totals: [...totals.entries()].map(([type, t]) => ({
      type: type as Trend['totals'][number]['type'],
      amounts: t.map((x) => money.text(naturalSign(type) * x, b.currency)),
    })),
  };
}
