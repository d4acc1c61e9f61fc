import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { listDimensions } from '../ledger/index.ts';
import { type BudgetCall, companyOf } from './budget-call.ts';
import { findBudgetByName, insertBudget, insertRevision } from './budgets.repository.ts';
import { type BudgetInput, type BudgetView, budgetInputSchema } from './budgets.schemas.ts';
import { loadBudget } from './load-budget.ts';

/** A new budget in the company's base currency, with its first (draft) revision; the creator owns it unless told otherwise. */
export async function createBudget(db: CompanyDb, call: BudgetCall, input: BudgetInput): Promise<BudgetView> {
  const a = budgetInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const { baseCurrency } = await companyOf(trx, call);
    if (await findBudgetByName(trx, a.name, a.fiscalYear)) {
      throw new AppError('CONFLICT', `A budget named ${a.name} exists for ${a.fiscalYear}`, { field: 'name' });
    }
    if (a.dimensionId && !(await listDimensions(trx)).some((d) => d.id === a.dimensionId)) {
      throw new AppError('VALIDATION', 'The budget is not valid', [{ path: 'dimensionId', message: 'No such dimension' }]);
    }
    const now = call.clock.now().toISOString();
    const id = newId();
    await insertBudget(trx, {
      id,
      name: a.name,
      fiscal_year: BigInt(a.fiscalYear),
      currency: baseCurrency,
      dimension_id: a.dimensionId ?? null,
      alert_threshold_pct: BigInt(a.alertThresholdPct),
      owner_user_id: a.ownerUserId ?? call.actor.userId,
      created_by: call.actor.label,
      created_at: now,
    });
    await insertRevision(trx, { id: newId(), budget_id: id, number: 1n, status: 'draft', frozen: 0n, approved_by: null, approved_at: null, created_at: now });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.budget.created',
      targetType: 'budget',
      targetId: id,
      summary: { name: a.name, fiscalYear: a.fiscalYear },
    });
    return (await loadBudget(trx, call, id)).view;
  });
}
