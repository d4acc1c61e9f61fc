import { recordAudit } from '../../platform/audit/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { BudgetCall } from './budget-call.ts';
import { upsertAmounts } from './budgets.repository.ts';
import type { CellInput } from './budgets.schemas.ts';
import { checkCells, refuseIssues } from './cell-rules.ts';
import { draftRevision, loadBudget } from './load-budget.ts';

/**
 * Writes amounts into the draft revision, all or nothing: one invalid cell and nothing is saved, the
 * error naming every bad cell. A zero amount clears the cell. Audited (how many cells, not their values).
 */
export async function setAmounts(db: CompanyDb, call: BudgetCall, id: string, cells: CellInput[], action = 'budgets.amounts.set'): Promise<{ cells: number }> {
  return inTransaction(db, async (trx) => {
    const b = await loadBudget(trx, call, id);
    const rev = draftRevision(b);
    const { rows, issues } = await checkCells(trx, b, cells);
    refuseIssues(issues);
    await upsertAmounts(trx, rev.id, rows);
    await recordAudit(trx, call.clock, call.actor, { action, targetType: 'budget', targetId: id, summary: { revisionId: rev.id, cells: rows.length } });
    return { cells: rows.length };
  });
}
