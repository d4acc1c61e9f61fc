import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { PeriodView } from './chart.schemas.ts';
import { insertSignoff } from './close.repository.ts';
import type { LedgerCall } from './ledger-db.ts';
import { findPeriod, getLockDate, presentPeriod, setPeriodStatus } from './periods.repository.ts';
import { refuse } from './refusals.ts';

/**
 * Reopen a closed period (the route allows it to `ledger.admin` only; it is audited and kept in the
 * period's sign-off log). A period on or
 * before the lock date stays locked by the date even when reopened: move the lock date first.
 */
export async function reopenPeriod(db: CompanyDb, call: LedgerCall, id: string): Promise<PeriodView> {
  return inTransaction(db, async (trx) => {
    const period = await findPeriod(trx, id);
    if (!period) throw new AppError('NOT_FOUND');
    if (period.status === 'open') throw refuse('CONFLICT', 'ledger.period_open');
    const lockDate = await getLockDate(trx);
    if (lockDate && period.start_date <= lockDate) {
      throw refuse('PERIOD_LOCKED', 'ledger.reopen_locked', { lockDate }, { lockDate });
    }
    const set = { status: 'open' as const, closed_by: null, closed_at: null };
    await setPeriodStatus(trx, id, set);
    const at = call.clock.now().toISOString();
    await insertSignoff(trx, { period_id: id, action: 'reopened', actor_id: call.actor.userId, actor_label: call.actor.label, at, checks: '[]' });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.period.reopened',
      targetType: 'ledger_period',
      targetId: id,
      summary: { start: period.start_date, end: period.end_date },
    });
    return presentPeriod({ ...period, ...set });
  });
}
