import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { BudgetCall } from './budget-call.ts';
import { markClosed } from './budgets.repository.ts';
import type { BudgetView } from './budgets.schemas.ts';
import { loadBudget, refuseClosed } from './load-budget.ts';

/**
 * Closes an approved budget (draft → approved → closed): from then on it is read-only — no new
 * revision, no forecast method, no scenario change. Its revisions stay readable. Audited.
 */
export async function closeBudget(db: CompanyDb, call: BudgetCall, id: string): Promise<BudgetView> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, id);
    refuseClosed(b);
    if (b.latest.status !== 'approved') throw new AppError('CONFLICT', 'Approve the latest revision before closing the budget');
    const res = await markClosed(trx, id, call.actor.label, call.clock.now().toISOString());
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', 'The budget was closed meanwhile');
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.budget.closed',
      targetType: 'budget',
      targetId: id,
      summary: { revisionId: b.latest.id, number: Number(b.latest.number) },
    });
    return (await loadBudget(trx, call, id)).view;
  });
}
