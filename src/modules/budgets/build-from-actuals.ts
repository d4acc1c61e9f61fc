import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { actualsByMonth, findAccount, fromMinor, listDimensions } from '../ledger/index.ts';
import type { BudgetCall } from './budget-call.ts';
import { companyOf } from './budget-call.ts';
import { fiscalMonths, naturalSign } from './budget-months.ts';
import { draftRevision, loadBudget } from './load-budget.ts';
import { setAmounts } from './set-amounts.ts';
import { applyPercent } from './spread.ts';

/**
 * Fills the draft revision from last fiscal year's actuals (income and expense accounts, in natural
 * sign, per month and — when the budget has a dimension — per value) changed by `percent`. Cells it
 * does not produce are left as they were.
 */
export async function buildFromActuals(db: CompanyDb, call: BudgetCall, id: string, percent: string): Promise<{ cells: number }> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, id);
    draftRevision(b);
    const { fiscalYearStartMonth } = await companyOf(trx, call);
    const last = fiscalMonths(b.view.fiscalYear - 1, fiscalYearStartMonth);
    const slot = await dimensionSlot(trx, b.row.dimension_id);
    const actuals = await actualsByMonth(trx, { fromMonth: last[0] as string, toMonth: last[11] as string, dimensionSlot: slot });
    const types = new Map<string, string | null>();
    const cells = [];
    for (const a of actuals) {
      if (!types.has(a.accountId)) {
        const acc = await findAccount(trx, a.accountId);
        types.set(a.accountId, acc?.postable && ['income', 'expense'].includes(acc.type) ? acc.type : null);
      }
      const type = types.get(a.accountId);
      if (!type) continue;
      const month = b.view.months[last.indexOf(a.month)] as string;
      const amount = applyPercent(naturalSign(type) * a.base, percent);
      cells.push({ accountId: a.accountId, month, dimensionValueId: a.dimensionValueId || null, amount: fromMinor(amount, b.units) });
    }
    if (cells.length === 0) return { cells: 0 };
    return setAmounts(trx, call, id, cells, 'budgets.amounts.from-actuals');
  });
}

export async function dimensionSlot(db: CompanyDb, dimensionId: string | null): Promise<1 | 2 | 3 | undefined> {
  if (!dimensionId) return undefined;
  const d = (await listDimensions(db)).find((x) => x.id === dimensionId);
  return d ? (d.slot as 1 | 2 | 3) : undefined;
}
