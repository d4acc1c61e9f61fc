import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { AppError } from '../../../platform/errors.ts';
import { closingLineSumsMany, dimsOf, rangeSumsMany, sumKey } from './balances.repository.ts';
import { loadReportChart } from './report-chart.ts';
import { comparisonRanges } from './report-dates.ts';
import { moneyFormat } from './report-money.ts';
import type { IncomeStatement, IncomeStatementQuery } from './reports.schemas.ts';
import { basisOf, buildSections, columnsByAccount, filterOf, totalOfTypes } from './statement-sections.ts';

/**
 * The income statement for a period, with the period just before it and the same period a year
 * earlier: income and expense accounts in tree order, income shown positive, and net income.
 */
export async function incomeStatement(db: CompanyDb, q: IncomeStatementQuery, baseCurrency: string): Promise<IncomeStatement> {
  if (q.from > q.to) throw new AppError('VALIDATION', 'The period ends before it starts', [{ path: 'to', message: 'Must not be before from' }]);
  const b = basisOf(q.currency, baseCurrency);
  const { previous, lastYear } = comparisonRanges(q.from, q.to);
  const ranges = [{ from: q.from, to: q.to }, previous, lastYear];
  const chart = await loadReportChart(db);
  const accountIds = chart.ordered.filter((a) => a.type === 'income' || a.type === 'expense').map((a) => a.id);
  const filter = { ...filterOf(b), ...dimsOf(q), accountIds };
  // the three columns' whole months in one pass over the kept balances (the previous year and the
  // same period last year are often the same range)
  const [columns, closingColumns] = await Promise.all([rangeSumsMany(db, ranges, filter), closingLineSumsMany(db, ranges, filter)]);
  columns.forEach((sums, i) => {
    // year-end closing entries move the year's result to retained earnings: not income or expense
    for (const c of closingColumns[i] ?? []) {
      const s = sums.get(sumKey(c.accountId, c.currency));
      if (s) {
        s.amount -= c.amount;
        s.base -= c.base;
      }
    }
  });
  const leaves = columnsByAccount(columns, b);
  const money = await moneyFormat(db, [b.currency]);
  const sections = buildSections(chart, leaves, ['income', 'expense'], money, b, ranges);
  const net = totalOfTypes(chart, leaves, ['income', 'expense'], ranges.length);
  return {
    currency: b.currency,
    basis: b.basis,
    columns: [
      { key: 'current', ...ranges[0] },
      { key: 'previous', ...previous },
      { key: 'lastYear', ...lastYear },
    ],
    sections,
    netIncome: net.map((x) => money.text(-x, b.currency)),
  };
}
