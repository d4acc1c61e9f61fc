import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { fromMinor, MoneyError, toMinor } from '../ledger/index.ts';
import type { BudgetCall } from './budget-call.ts';
import { type SpreadInput, spreadInputSchema } from './budgets.schemas.ts';
import { loadBudget } from './load-budget.ts';
import { setAmounts } from './set-amounts.ts';
import { spreadByProfile, spreadEvenly } from './spread.ts';

/** Spreads a yearly total of one account (and dimension value) over the twelve months, evenly or by a profile. */
export async function spreadAmount(db: CompanyDb, call: BudgetCall, id: string, input: SpreadInput): Promise<{ cells: number }> {
  const a = spreadInputSchema.parse(input);
  const b = await loadBudget(db, call, id);
  let total: bigint;
  try {
    total = toMinor(a.total, b.units);
  } catch (e) {
    if (e instanceof MoneyError) throw new AppError('VALIDATION', 'The total is not valid', [{ path: 'total', message: e.message }]);
    throw e;
  }
  if (a.profile?.every((w) => w === 0)) throw new AppError('VALIDATION', 'The profile is not valid', [{ path: 'profile', message: 'All weights are zero' }]);
  const parts = a.profile ? spreadByProfile(total, a.profile) : spreadEvenly(total, b.view.months.length);
  const cells = b.view.months.map((month, i) => ({
    accountId: a.accountId,
    month,
    dimensionValueId: a.dimensionValueId ?? null,
    amount: fromMinor(parts[i] as bigint, b.units),
  }));
  return setAmounts(db, call, id, cells, 'budgets.amounts.spread');
}
