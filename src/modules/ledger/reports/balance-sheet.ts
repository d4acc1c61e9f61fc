import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { fiscalYearOf, periodsOfFiscalYear } from '../fiscal-calendar.ts';
import { asOfSums, dimsOf } from './balances.repository.ts';
import { loadReportChart } from './report-chart.ts';
import { addDays, comparisonDates } from './report-dates.ts';
import { moneyFormat } from './report-money.ts';
import type { BalanceSheet, BalanceSheetQuery, StatementRow } from './reports.schemas.ts';
import { basisOf, buildSections, filterOf, rootsOf, totalOfTypes } from './statement-sections.ts';

const fiscalYearStart = (date: string, startMonth: number) => periodsOfFiscalYear(fiscalYearOf(date, startMonth), startMonth)[0].startDate;

/**
 * The balance sheet as of a date, a month earlier and a year earlier. Assets read as debits,
 * liabilities and equity as credits. Income and expenses not yet closed to retained earnings appear
 * in equity: this fiscal year's as "current-year earnings", earlier years' (when no year-end close
 * has moved them) as "earlier years' earnings". Assets equal liabilities plus equity.
 */
export async function balanceSheet(db: CompanyDb, q: BalanceSheetQuery, facts: { baseCurrency: string; fiscalYearStartMonth: number }): Promise<BalanceSheet> {
  const b = basisOf(q.currency, facts.baseCurrency);
  const { previous, lastYear } = comparisonDates(q.asOf);
  const dates = [q.asOf, previous, lastYear];
  const yearStarts = dates.map((d) => fiscalYearStart(d, facts.fiscalYearStartMonth));
  // Six as-of figures per account (each date, and the day before each date's fiscal year) in the
  // statement's basis only, from one pass over the kept months and one over the day edges; the chart
  // and the currency's format beside them (on PostgreSQL each on its own connection).
  const [chart, figures, money] = await Promise.all([
    loadReportChart(db),
    asOfSums(db, [...dates, ...yearStarts.map((s) => addDays(s, -1))], b.basis === 'base' ? 'base_amount' : 'amount', { ...filterOf(b), ...dimsOf(q) }),
    moneyFormat(db, [b.currency]),
  ]);
  const pl = new Set(chart.ordered.filter((a) => a.type === 'income' || a.type === 'expense').map((a) => a.id));
  const leaves = new Map<string, Map<string, bigint[]>>();
  const earlierLeaves = new Map<string, Map<string, bigint[]>>();
  for (const [id, v] of figures) {
    leaves.set(id, new Map([['*', v.slice(0, dates.length)]]));
    if (pl.has(id)) earlierLeaves.set(id, new Map([['*', v.slice(dates.length)]]));
  }
  const width = dates.length;
  const drills = dates.map((to) => ({ from: null, to }));
  const sections = buildSections(chart, leaves, ['asset', 'liability', 'equity'], money, b, drills);
  const allEarnings = totalOfTypes(chart, leaves, ['income', 'expense'], width);
  const earlierEarnings = totalOfTypes(chart, earlierLeaves, ['income', 'expense'], width);
  const currentEarnings = allEarnings.map((x, i) => x - earlierEarnings[i]);
  const roots = rootsOf(chart, ['income', 'expense']);
  const currency = b.basis === 'currency' ? b.currency : null;
  const row = (kind: StatementRow['kind'], nameEn: string, nameAr: string, v: bigint[], range: (i: number) => { from: string | null; to: string }) => ({
    accountId: '',
    code: '',
    nameEn,
    nameAr,
    type: 'equity' as const,
    depth: 0,
    group: false,
    kind,
    amounts: v.map((x) => money.text(-x, b.currency)),
    drill: v.map((_, i) => ({ accountId: roots, currency, ...range(i) })),
  });
  const equity = sections[2];
  if (earlierEarnings.some((x) => x !== 0n))
    equity.rows.push(
      row('earlier_earnings', "Earlier years' earnings (not closed)", 'أرباح سنوات سابقة (غير مقفلة)', earlierEarnings, (i) => ({
        from: null,
        to: addDays(yearStarts[i], -1),
      })),
    );
  equity.rows.push(
    row('current_year_earnings', 'Current-year earnings', 'أرباح السنة الحالية', currentEarnings, (i) => ({ from: yearStarts[i], to: dates[i] })),
  );
  const assets = totalOfTypes(chart, leaves, ['asset'], width);
  const liabilities = totalOfTypes(chart, leaves, ['liability'], width).map((x) => -x);
  const equityTotal = totalOfTypes(chart, leaves, ['equity', 'income', 'expense'], width).map((x) => -x);
  equity.total = equityTotal.map((x) => money.text(x, b.currency));
  const liabilitiesAndEquity = liabilities.map((x, i) => x + equityTotal[i]);
  return {
    currency: b.currency,
    basis: b.basis,
    columns: [
      { key: 'current', asOf: dates[0] },
      { key: 'previous', asOf: dates[1] },
      { key: 'lastYear', asOf: dates[2] },
    ],
    sections,
    totalLiabilitiesAndEquity: liabilitiesAndEquity.map((x) => money.text(x, b.currency)),
    difference: assets.map((x, i) => money.text(x - liabilitiesAndEquity[i], b.currency)),
  };
}
