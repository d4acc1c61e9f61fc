import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findAccounts, fromMinor, MoneyError, toMinor } from '../ledger/index.ts';
import { accountFacts, byCode } from './account-names.ts';
import type { BudgetCall } from './budget-call.ts';
import { amountsOf } from './budgets.repository.ts';
import type { AdjustmentInput, Scenario, ScenarioComparison, ScenarioInput } from './budgets.schemas.ts';
import { type BudgetScenarioAdjustmentTable, type BudgetScenarioTable, typed } from './budgets.tables.ts';
import { type Adjustment, applyAdjustments, netIncomeAndCash } from './forecast-math.ts';
import { type LoadedBudget, loadBudget, refuseClosed, revisionInForce } from './load-budget.ts';
import { forecastLines } from './rolling-forecast.ts';

function present(s: BudgetScenarioTable, adjs: BudgetScenarioAdjustmentTable[], units: number): Scenario {
  return {
    id: s.id,
    budgetId: s.budget_id,
    name: s.name,
    base: s.base,
    createdBy: s.created_by,
    adjustments: adjs
      .filter((a) => a.scenario_id === s.id)
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        label: a.label,
        accountIds: JSON.parse(a.account_ids) as string[],
        fromMonth: a.from_month,
        percent: a.percent,
        amount: a.amount === null ? null : fromMinor(BigInt(a.amount), units),
      })),
  };
}

const adjustmentsOf = (db: CompanyDb, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as BudgetScenarioAdjustmentTable[])
    : typed(db).selectFrom('budget_scenario_adjustment').selectAll().where('scenario_id', 'in', ids).orderBy('position').execute();

export async function listScenarios(db: CompanyDb, call: BudgetCall, budgetId: string): Promise<Scenario[]> {
  const b = await loadBudget(db, call, budgetId);
  const rows = await typed(db).selectFrom('budget_scenario').selectAll().where('budget_id', '=', budgetId).orderBy('name').execute();
  const adjs = await adjustmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => present(r, adjs, b.units));
}

async function findScenario(db: CompanyDb, b: LoadedBudget, scenarioId: string) {
  const s = await typed(db).selectFrom('budget_scenario').selectAll().where('id', '=', scenarioId).where('budget_id', '=', b.row.id).executeTakeFirst();
  if (!s) throw new AppError('NOT_FOUND', 'No such scenario');
  return s;
}

/** A scenario of a budget: a named copy of its revision in force (`budget`) or its rolling forecast (`forecast`). Audited. */
export async function createScenario(db: CompanyDb, call: BudgetCall, budgetId: string, input: ScenarioInput): Promise<Scenario> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, budgetId);
    refuseClosed(b);
    const t = typed(trx);
    if (await t.selectFrom('budget_scenario').select('id').where('budget_id', '=', budgetId).where('name', '=', input.name).executeTakeFirst()) {
      throw new AppError('CONFLICT', `A scenario named ${input.name} exists for this budget`, { field: 'name' });
    }
    const row: BudgetScenarioTable = {
      id: newId(),
      company_id: '',
      budget_id: budgetId,
      name: input.name,
      base: input.base,
      created_by: call.actor.label,
      created_at: call.clock.now().toISOString(),
    };
    const { company_id: _, ...values } = row;
    await t
      .insertInto('budget_scenario')
      .values(values as never)
      .execute();
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.scenario.created',
      targetType: 'budget',
      targetId: budgetId,
      summary: { scenarioId: row.id, name: input.name, base: input.base },
    });
    return present(row, [], b.units);
  });
}

/** Adds an adjustment (all fields checked, each error naming its field; nothing saved on error). Audited. */
export async function addAdjustment(db: CompanyDb, call: BudgetCall, budgetId: string, scenarioId: string, input: AdjustmentInput): Promise<Scenario> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, budgetId);
    refuseClosed(b);
    const s = await findScenario(trx, b, scenarioId);
    const issues: { path: string; message: string }[] = [];
    if (!b.view.months.includes(input.fromMonth))
      issues.push({ path: 'fromMonth', message: `${input.fromMonth} is not a month of fiscal year ${b.view.fiscalYear}` });
    const found = new Map((await findAccounts(trx, input.accountIds)).map((a) => [a.id, a]));
    input.accountIds.forEach((a, i) => {
      if (!found.get(a)?.postable) issues.push({ path: `accountIds.${i}`, message: 'No such postable account' });
    });
    if (input.kind !== 'percent' && input.accountIds.length !== 1) issues.push({ path: 'accountIds', message: 'One account for a one-off amount or a hire' });
    if (input.kind === 'percent' && !input.percent) issues.push({ path: 'percent', message: 'A percentage is required' });
    let amount: bigint | null = null;
    if (input.kind !== 'percent') {
      if (!input.amount) issues.push({ path: 'amount', message: 'An amount is required' });
      else
        try {
          amount = toMinor(input.amount, b.units);
        } catch (e) {
          if (!(e instanceof MoneyError)) throw e;
          issues.push({ path: 'amount', message: e.message });
        }
    }
    if (issues.length) throw new AppError('VALIDATION', 'The adjustment is not valid; nothing was saved', issues);
    const t = typed(trx);
    const last = await t
      .selectFrom('budget_scenario_adjustment')
      .select((e) => e.fn.max('position').as('p'))
      .where('scenario_id', '=', s.id)
      .executeTakeFirst();
    await t
      .insertInto('budget_scenario_adjustment')
      .values({
        id: newId(),
        scenario_id: s.id,
        position: BigInt(last?.p ?? 0) + 1n,
        kind: input.kind,
        account_ids: JSON.stringify(input.accountIds),
        from_month: input.fromMonth,
        percent: input.kind === 'percent' ? (input.percent ?? null) : null,
        amount,
        label: input.label ?? '',
        created_at: call.clock.now().toISOString(),
      } as never)
      .execute();
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.scenario.adjusted',
      targetType: 'budget',
      targetId: budgetId,
      summary: { scenarioId: s.id, kind: input.kind, fromMonth: input.fromMonth, accounts: input.accountIds.length },
    });
    return present(s, await adjustmentsOf(trx, [s.id]), b.units);
  });
}

/** Removes one adjustment of a scenario. Audited. */
export async function removeAdjustment(db: CompanyDb, call: BudgetCall, budgetId: string, scenarioId: string, adjustmentId: string): Promise<Scenario> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, budgetId);
    refuseClosed(b);
    const s = await findScenario(trx, b, scenarioId);
    const res = await typed(trx).deleteFrom('budget_scenario_adjustment').where('id', '=', adjustmentId).where('scenario_id', '=', s.id).executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw new AppError('NOT_FOUND', 'No such adjustment');
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.scenario.adjustment-removed',
      targetType: 'budget',
      targetId: budgetId,
      summary: { scenarioId: s.id, adjustmentId },
    });
    return present(s, await adjustmentsOf(trx, [s.id]), b.units);
  });
}

/** The scenario's base lines per account (dimension values summed), in natural sign. */
async function baseLines(db: CompanyDb, call: BudgetCall, b: LoadedBudget, base: 'budget' | 'forecast'): Promise<Map<string, bigint[]>> {
  const out = new Map<string, bigint[]>();
  const add = (accountId: string, i: number, v: bigint) => {
    const l = out.get(accountId) ?? b.view.months.map(() => 0n);
    l[i] = (l[i] as bigint) + v;
    out.set(accountId, l);
  };
  if (base === 'forecast') {
    for (const l of (await forecastLines(db, call, b)).lines) {
      for (const [i, v] of l.values.entries()) add(l.accountId, i, v);
    }
    return out;
  }
  const index = new Map(b.view.months.map((m, i) => [m, i]));
  for (const a of await amountsOf(db, revisionInForce(b).id)) {
    const i = index.get(a.month);
    if (i !== undefined) add(a.account_id, i, BigInt(a.amount));
  }
  return out;
}

/** The scenario beside its base: per account and month, and net income and cash by month (base, scenario, difference). */
export async function compareScenario(db: CompanyDb, call: BudgetCall, budgetId: string, scenarioId: string): Promise<ScenarioComparison> {
  const b = await loadBudget(db, call, budgetId);
  const s = await findScenario(db, b, scenarioId);
  const adjs = await adjustmentsOf(db, [s.id]);
  const index = new Map(b.view.months.map((m, i) => [m, i]));
  const adjustments: Adjustment[] = adjs.map((a) => ({
    kind: a.kind,
    accountIds: JSON.parse(a.account_ids) as string[],
    fromIndex: index.get(a.from_month) ?? 0,
    percent: a.percent ?? undefined,
    amount: a.amount === null ? undefined : BigInt(a.amount),
  }));
  const base = await baseLines(db, call, b, s.base);
  const scen = applyAdjustments(base, adjustments, b.view.months.length);
  const facts = await accountFacts(db, scen.keys());
  const typeOf = (a: string) => facts.get(a)?.type ?? 'expense';
  const tb = netIncomeAndCash(base, typeOf);
  const ts = netIncomeAndCash(scen, typeOf);
  const money = (x: bigint) => fromMinor(x, b.units);
  const zero = b.view.months.map(() => 0n);
  const diff = (x: bigint[], y: bigint[]) => x.map((v, i) => v - (y[i] as bigint));
  return {
    budgetId,
    scenario: present(s, adjs, b.units),
    months: b.view.months,
    base: { netIncome: tb.netIncome.map(money), cash: tb.cash.map(money) },
    result: { netIncome: ts.netIncome.map(money), cash: ts.cash.map(money) },
    difference: { netIncome: diff(ts.netIncome, tb.netIncome).map(money), cash: diff(ts.cash, tb.cash).map(money) },
    lines: [...scen.entries()]
      .map(([accountId, v]) => {
        const f = facts.get(accountId) ?? { code: '?', nameEn: '?', nameAr: '?', type: 'expense' };
        const bv = base.get(accountId) ?? zero;
        return { accountId, ...f, dimensionValueId: null, base: bv.map(money), result: v.map(money), changed: v.some((x, i) => x !== bv[i]) };
      })
      .sort(byCode),
  };
}
