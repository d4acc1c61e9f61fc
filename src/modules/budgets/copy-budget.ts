import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import type { BudgetCall } from './budget-call.ts';
import { amountsOf, insertAmounts } from './budgets.repository.ts';
import { type BudgetView, type CopyInput, copyInputSchema } from './budgets.schemas.ts';
import { createBudget } from './create-budget.ts';
import { loadBudget, revisionInForce } from './load-budget.ts';
import { applyPercent } from './spread.ts';

/**
 * A new draft budget (name, fiscal year) starting from another budget's revision in force: the same
 * dimension and alert threshold, each amount moved to the same month of the new fiscal year and
 * changed by `percent` (rounded half away from zero). Audited.
 */
export async function copyBudget(db: CompanyDb, call: BudgetCall, sourceId: string, input: CopyInput): Promise<BudgetView> {
  const a = copyInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const src = await loadBudget(trx, call, sourceId);
    const rev = revisionInForce(src);
    const created = await createBudget(trx, call, {
      name: a.name,
      fiscalYear: a.fiscalYear,
      dimensionId: src.row.dimension_id,
      alertThresholdPct: Number(src.row.alert_threshold_pct),
      ownerUserId: src.row.owner_user_id,
    });
    const index = new Map(src.view.months.map((m, i) => [m, i]));
    const cells = (await amountsOf(trx, rev.id)).map((x) => ({
      id: newId(),
      account_id: x.account_id,
      month: created.months[index.get(x.month) ?? 0] as string,
      dimension_value_id: x.dimension_value_id,
      amount: applyPercent(BigInt(x.amount), a.percent),
    }));
    await insertAmounts(trx, created.revision.id, cells);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.budget.copied',
      targetType: 'budget',
      targetId: created.id,
      summary: { from: sourceId, revisionId: rev.id, percent: a.percent, cells: cells.length },
    });
    return created;
  });
}
