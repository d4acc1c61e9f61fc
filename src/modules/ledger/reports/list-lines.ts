import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { AppError } from '../../../platform/errors.ts';
import { dimsOf } from './balances.repository.ts';
import { decodeCursor, encodeCursor, type LineRow, linesPage } from './lines.repository.ts';
import { loadReportChart, type ReportChart } from './report-chart.ts';
import { type MoneyFormat, moneyFormat } from './report-money.ts';
import type { LinesPage, LinesQuery } from './reports.schemas.ts';

export function cursorOf(text: string | undefined) {
  if (text === undefined) return undefined;
  const p = decodeCursor(text);
  if (!p) throw new AppError('VALIDATION', 'Invalid cursor', [{ path: 'cursor', message: 'Not a cursor this endpoint gave' }]);
  return p;
}

export function presentLine(r: LineRow, chart: ReportChart, money: MoneyFormat, baseCurrency: string) {
  const amount = money.text(r.amount, r.currency);
  const abs = money.text(r.amount < 0n ? -r.amount : r.amount, r.currency);
  return {
    lineId: r.lineId,
    entryId: r.entryId,
    number: r.number,
    date: r.date,
    lineNo: r.lineNo,
    accountId: r.accountId,
    accountCode: chart.byId.get(r.accountId)?.code ?? '',
    currency: r.currency,
    amount,
    debit: r.amount >= 0n ? abs : null,
    credit: r.amount < 0n ? abs : null,
    baseAmount: money.text(r.base, baseCurrency),
    memo: r.memo,
    entryMemo: r.entryMemo,
    reference: r.reference,
  };
}

/**
 * The lines behind a report figure: posted lines of the accounts (a grouping account brings every
 * account below it), optionally one currency and a date range, in ledger order, a keyset page at a time.
 */
export async function listLines(db: CompanyDb, q: LinesQuery, baseCurrency: string): Promise<LinesPage> {
  const chart = await loadReportChart(db);
  const unknown = q.accountId.filter((id) => !chart.byId.has(id));
  if (unknown.length) throw new AppError('NOT_FOUND', 'No such account', { accountIds: unknown });
  const accountIds = [...new Set(q.accountId.flatMap((id) => chart.subtree(id)))];
  const { rows, more } = await linesPage(db, { accountIds, currency: q.currency, from: q.from, to: q.to, ...dimsOf(q) }, cursorOf(q.cursor), q.pageSize);
  const money = await moneyFormat(db, [baseCurrency, ...rows.map((r) => r.currency)]);
  const last = rows.at(-1);
  return {
    items: rows.map((r) => presentLine(r, chart, money, baseCurrency)),
    nextCursor: more && last ? encodeCursor({ date: last.date, number: last.number, lineNo: last.lineNo }) : null,
  };
}
