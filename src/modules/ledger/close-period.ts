import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { PeriodView } from './chart.schemas.ts';
import type { LedgerCall } from './ledger-db.ts';
import { findPeriod, presentPeriod, setPeriodStatus } from './periods.repository.ts';

/**
 * Close a period: nothing more is posted or reversed into it. (The checked close workflow — drafts,
 * trial balance, verify, other modules' checks, sign-off — is the next slice; this is its lock.)
 */
export async function closePeriod(db: CompanyDb, call: LedgerCall, id: string): Promise<PeriodView> {
  return inTransaction(db, async (trx) => {
    const period = await findPeriod(trx, id);
    if (!period) throw new AppError('NOT_FOUND');
    if (period.status === 'closed') throw new AppError('CONFLICT', 'The period is already closed');
    const set = { status: 'closed' as const, closed_by: call.actor.userId ?? call.actor.label, closed_at: call.clock.now().toISOString() };
    await setPeriodStatus(trx, id, set);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.period.closed',
      targetType: 'ledger_period',
      targetId: id,
      summary: { start: period.start_date, end: period.end_date },
    });
    return presentPeriod({ ...period, ...set });
  });
}
