import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { AppError } from '../../../platform/errors.ts';
import { dimsOf, rangeSums } from './balances.repository.ts';
import { encodeCursor, linesPage, sumOfDayUpTo } from './lines.repository.ts';
import { cursorOf, presentLine } from './list-lines.ts';
import { loadReportChart } from './report-chart.ts';
import { addDays } from './report-dates.ts';
import { moneyFormat } from './report-money.ts';
import type { Register, RegisterQuery } from './reports.schemas.ts';

/**
 * One account's lines with a running balance, a keyset page at a time. The balance before the page
 * comes from the kept balances of whole months plus the kept day balances of the partial month (and
 * the lines of the cursor's day up to the cursor), never from re-adding every earlier line. With a currency the
 * running balance is in that currency and in base; without, lines of every currency, balance in base.
 */
export async function accountRegister(db: CompanyDb, q: RegisterQuery, baseCurrency: string): Promise<Register> {
  const chart = await loadReportChart(db);
  const account = chart.byId.get(q.accountId);
  if (!account) throw new AppError('NOT_FOUND', 'No such account');
  const accountIds = chart.subtree(account.id);
  const filter = { accountIds, currency: q.currency, ...dimsOf(q) };
  const after = cursorOf(q.cursor);
  let opening = { amount: 0n, base: 0n };
  const before = after ? addDays(after.date, -1) : q.from ? addDays(q.from, -1) : undefined;
  if (before) {
    for (const s of (await rangeSums(db, undefined, before, filter)).values()) {
      opening.amount += s.amount;
      opening.base += s.base;
    }
  }
  if (after) {
    const day = await sumOfDayUpTo(db, filter, after);
    opening = { amount: opening.amount + day.amount, base: opening.base + day.base };
  }
  const { rows, more } = await linesPage(db, { ...filter, from: q.from, to: q.to }, after, q.pageSize);
  const money = await moneyFormat(db, [baseCurrency, ...(q.currency ? [q.currency] : []), ...rows.map((r) => r.currency)]);
  let amount = opening.amount;
  let base = opening.base;
  const items = rows.map((r) => {
    amount += r.amount;
    base += r.base;
    return {
      ...presentLine(r, chart, money, baseCurrency),
      balance: q.currency ? money.text(amount, q.currency) : null,
      baseBalance: money.text(base, baseCurrency),
    };
  });
  const last = rows.at(-1);
  return {
    accountId: account.id,
    code: account.code,
    nameEn: account.nameEn,
    nameAr: account.nameAr,
    currency: q.currency ?? null,
    baseCurrency,
    opening: { balance: q.currency ? money.text(opening.amount, q.currency) : null, baseBalance: money.text(opening.base, baseCurrency) },
    items,
    nextCursor: more && last ? encodeCursor({ date: last.date, number: last.number, lineNo: last.lineNo }) : null,
  };
}
