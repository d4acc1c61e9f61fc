import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { actualsByMonth, fromMinor } from '../ledger/index.ts';
import { accountFacts, byCode } from './account-names.ts';
import type { BudgetCall } from './budget-call.ts';
import { naturalSign } from './budget-months.ts';
import { amountsOf } from './budgets.repository.ts';
import type { Report } from './budgets.schemas.ts';
import { dimensionSlot } from './build-from-actuals.ts';
import { type LoadedBudget, loadBudget, revisionInForce } from './load-budget.ts';
import { type Figures, isFavourable, type VarianceLine, varianceTable } from './variance-table.ts';

/**
 * Budget vs actual of one revision (default: the latest approved one, else the latest): per account
 * (and dimension value), per month, year to date through `throughMonth` (default: this month, kept
 * inside the fiscal year) and the full year. Actuals come from the ledger's kept balances only.
 */
export async function budgetVsActual(db: CompanyDb, call: BudgetCall, id: string, q: { throughMonth?: string; revisionId?: string } = {}) {
  const b = await loadBudget(db, call, id);
  const { lines, facts, rev, through, slot } = await compare(db, call, b, q);
  const money = (x: bigint) => fromMinor(x, b.units);
  const show = (f: Figures) => ({ budget: money(f.budget), actual: money(f.actual), variance: money(f.variance), variancePct: f.pct });
  const report: Report = {
    budgetId: id,
    revisionId: rev.id,
    currency: b.row.currency,
    months: b.view.months,
    throughMonth: through,
    dimensionSlot: slot ?? null,
    lines: lines
      .map((l) => {
        const f = facts.get(l.accountId) ?? { code: '?', nameEn: '?', nameAr: '?', type: 'expense' };
        return {
          accountId: l.accountId,
          ...f,
          dimensionValueId: l.dimensionValueId || null,
          months: l.months.map(show),
          ytd: show(l.ytd),
          year: show(l.year),
          favourable: isFavourable(f.type, l.ytd.variance),
        };
      })
      .sort(byCode),
  };
  return report;
}

/** The variance lines (bigint figures) behind the report, also used by the alert check. */
export async function compare(db: CompanyDb, call: BudgetCall, b: LoadedBudget, q: { throughMonth?: string; revisionId?: string }) {
  const rev = q.revisionId ? b.revisions.find((r) => r.id === q.revisionId) : revisionInForce(b);
  if (!rev) throw new AppError('NOT_FOUND', 'No such revision');
  const months = b.view.months;
  const now = call.clock.now().toISOString().slice(0, 7);
  const wanted = q.throughMonth ?? now;
  const through = wanted < (months[0] as string) ? (months[0] as string) : wanted > (months[11] as string) ? (months[11] as string) : wanted;
  const index = new Map(months.map((m, i) => [m, i]));
  const amounts = await amountsOf(db, rev.id);
  const accountIds = [...new Set(amounts.map((a) => a.account_id))];
  const facts = await accountFacts(db, accountIds);
  const slot = await dimensionSlot(db, b.row.dimension_id);
  const actuals = await actualsByMonth(db, {
    accountIds,
    fromMonth: months[0] as string,
    toMonth: months[11] as string,
    dimensionSlot: slot,
  });
  const rows = new Map<string, { accountId: string; dimensionValueId: string; budget: bigint[]; actual: bigint[] }>();
  const row = (accountId: string, dv: string) => {
    const key = `${accountId}|${dv}`;
    const r = rows.get(key) ?? { accountId, dimensionValueId: dv, budget: months.map(() => 0n), actual: months.map(() => 0n) };
    rows.set(key, r);
    return r;
  };
  for (const a of amounts) {
    const i = index.get(a.month);
    if (i !== undefined) row(a.account_id, a.dimension_value_id).budget[i] += BigInt(a.amount);
  }
  for (const a of actuals) {
    const i = index.get(a.month);
    const sign = naturalSign(facts.get(a.accountId)?.type ?? 'expense');
    if (i !== undefined) row(a.accountId, a.dimensionValueId).actual[i] += sign * a.base;
  }
  const lines: VarianceLine[] = varianceTable([...rows.values()], index.get(through) as number);
  return { lines, facts, rev, through, slot, throughIndex: index.get(through) as number };
}
