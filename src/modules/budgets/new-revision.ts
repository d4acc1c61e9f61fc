import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { BudgetCall } from './budget-call.ts';
import { amountsOf, insertAmounts, insertRevision } from './budgets.repository.ts';
import type { BudgetView } from './budgets.schemas.ts';
import { loadBudget, refuseClosed } from './load-budget.ts';

/** A new draft revision of an approved budget, starting as a copy of the last revision's amounts. Audited. */
export async function newRevision(db: CompanyDb, call: BudgetCall, id: string): Promise<BudgetView> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, id);
    refuseClosed(b);
    if (b.latest.status === 'draft') throw new AppError('CONFLICT', 'The latest revision is still a draft: change it instead');
    const revId = newId();
    const number = b.latest.number + 1n;
    await insertRevision(trx, {
      id: revId,
      budget_id: id,
      number,
      status: 'draft',
      frozen: 0n,
      approved_by: null,
      approved_at: null,
      created_at: call.clock.now().toISOString(),
    });
    const copied = (await amountsOf(trx, b.latest.id)).map((a) => ({
      id: newId(),
      account_id: a.account_id,
      month: a.month,
      dimension_value_id: a.dimension_value_id,
      amount: BigInt(a.amount),
    }));
    await insertAmounts(trx, revId, copied);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.revision.created',
      targetType: 'budget',
      targetId: id,
      summary: { revisionId: revId, number: Number(number), copiedFrom: b.latest.id },
    });
    return (await loadBudget(trx, call, id)).view;
  });
}
