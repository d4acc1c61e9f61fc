import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { defineSchedule } from '../../platform/jobs/index.ts';
import type { BudgetCall } from './budget-call.ts';
import { storeLineSums } from './budget-lines.ts';
import { freezeRevision } from './budgets.repository.ts';
import type { BudgetView } from './budgets.schemas.ts';
import { draftRevision, loadBudget } from './load-budget.ts';

/**
 * Approves the latest (draft) revision: its line sums are stored, and from then on the database refuses
 * any change to its amounts and sums.
 * Audited; the company's hourly alert check is scheduled.
 */
export async function approveBudget(db: CompanyDb, call: BudgetCall, id: string): Promise<BudgetView> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, id);
    const rev = draftRevision(b);
    await storeLineSums(trx, rev.id, b.view.months);
    const res = await freezeRevision(trx, rev.id, call.actor.label, call.clock.now().toISOString());
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', 'The revision was approved meanwhile');
    await recordAudit(trx, call.clock, call.actor, {
      action: 'budgets.revision.approved',
      targetType: 'budget',
      targetId: id,
      summary: { revisionId: rev.id, number: Number(rev.number) },
    });
    // an approved budget is watched: an hourly alert check for the company (one schedule per company)
    // biome-ignore lint/suspicious/noExplicitAny: schedules are platform-wide, not company-owned
    await defineSchedule(trx as any, call.clock, {
      name: `budgets.check-alerts:${call.actor.companyId}`,
      cron: '0 * * * *',
      timeZone: 'UTC',
      kind: 'budgets.check-alerts',
      companyId: call.actor.companyId,
    });
    return (await loadBudget(trx, call, id)).view;
  });
}
