import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { closedMonths, fromMinor } from '../ledger/index.ts';
import { byCode } from './account-names.ts';
import type { BudgetCall } from './budget-call.ts';
import { compare } from './budget-vs-actual.ts';
import type { Forecast, ForecastMethodsInput } from './budgets.schemas.ts';
import { typed } from './budgets.tables.ts';
import { forecastLine, type Method, netIncomeAndCash } from './forecast-math.ts';
import { type LoadedBudget, loadBudget, refuseClosed } from './load-budget.ts';

const key = (accountId: string, dv: string) => `${accountId}|${dv}`;

/** The forecast's lines in minor units, with the months closed in the ledger: computed on every read, so it rolls as months close. */
export async function forecastLines(db: CompanyDb, call: BudgetCall, b: LoadedBudget) {
  const months = b.view.months;
  const { rows, facts, rev } = await compare(db, call, b, { throughMonth: months[11] });
  const closedSet = new Set(await closedMonths(db, months[0] as string, months[11] as string));
  const closed = months.map((m) => closedSet.has(m));
  const methods = new Map(
    (await typed(db).selectFrom('budget_forecast_line').selectAll().where('budget_id', '=', b.row.id).execute()).map((m) => [
      key(m.account_id, m.dimension_value_id),
      { method: m.method, trendMonths: Number(m.trend_months) } as Method,
    ]),
  );
  const out = rows.map((l) => {
    const m = methods.get(key(l.accountId, l.dimensionValueId)) ?? { method: 'budget', trendMonths: 3 };
    const f = forecastLine(l.budget, l.actual, closed, m);
    return { accountId: l.accountId, dimensionValueId: l.dimensionValueId, method: m, budget: l.budget, ...f };
  });
  return { lines: out, facts, rev, closed, months };
}

/** The rolling forecast: actuals for the ledger's closed months, then the budget or a trend per line; net income and cash by month. */
export async function rollingForecast(db: CompanyDb, call: BudgetCall, id: string): Promise<Forecast> {
  const b = await loadBudget(db, call, id);
  const { lines, facts, rev, closed, months } = await forecastLines(db, call, b);
  const money = (x: bigint) => fromMinor(x, b.units);
  const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);
  const byAccount = new Map<string, bigint[]>();
  for (const l of lines) {
    const acc = byAccount.get(l.accountId) ?? months.map(() => 0n);
    l.values.forEach((v, i) => {
      acc[i] = (acc[i] as bigint) + v;
    });
    byAccount.set(l.accountId, acc);
  }
  const totals = netIncomeAndCash(byAccount, (a) => facts.get(a)?.type ?? 'expense');
  return {
    budgetId: id,
    revisionId: rev.id,
    currency: b.row.currency,
    months,
    closedMonths: months.filter((_, i) => closed[i]),
    lines: lines
      .map((l) => {
        const f = facts.get(l.accountId) ?? { code: '?', nameEn: '?', nameAr: '?', type: 'expense' };
        return {
          accountId: l.accountId,
          ...f,
          dimensionValueId: l.dimensionValueId || null,
          method: l.method.method,
          trendMonths: l.method.trendMonths,
          values: l.values.map(money),
          sources: l.sources,
          total: money(sum(l.values)),
          budgetTotal: money(sum(l.budget)),
        };
      })
      .sort(byCode),
    netIncome: totals.netIncome.map(money),
    cash: totals.cash.map(money),
  };
}

/** Chooses per line how the open months are forecast (budget, or trend of the last N closed months). Refused on a closed budget. Audited. */
export async function setForecastMethods(db: CompanyDb, call: BudgetCall, id: string, input: ForecastMethodsInput): Promise<{ lines: number }> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, id);
    refuseClosed(b);
    const { rows } = await compare(trx, call, b, {});
    const known = new Set(rows.map((l) => key(l.accountId, l.dimensionValueId)));
    const issues = input.lines.flatMap((l, i) =>
      known.has(key(l.accountId, l.dimensionValueId ?? '')) ? [] : [{ path: `lines.${i}.accountId`, message: 'Not a line of the budget' }],
    );
    if (issues.length) throw new AppError('VALIDATION', 'Some forecast lines are not valid; nothing was saved', issues);
    const t = typed(trx);
    for (const l of input.lines) {
      const dv = l.dimensionValueId ?? '';
      await t
        .deleteFrom('budget_forecast_line')
        .where('budget_id', '=', id)
        .where('account_id', '=', l.accountId)
        .where('dimension_value_id', '=', dv)
        .execute();
      await t
        .insertInto('budget_forecast_line')
        .values({
          id: newId(),
          budget_id: id,
          account_id: l.accountId,
          dimension_value_id: dv,
          method: l.method,
          trend_months: BigInt(l.trendMonths),
        } as never)
        .execute();
    }
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.forecast.methods-set',
      targetType: 'budget',
      targetId: id,
      summary: { lines: input.lines.length },
    });
    return { lines: input.lines.length };
  });
}
