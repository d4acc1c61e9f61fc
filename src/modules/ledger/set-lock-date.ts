import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { LedgerCall } from './ledger-db.ts';
import { getLockDate, saveLockDate } from './periods.repository.ts';

/**
 * Move the lock date: nothing may be posted on or before it. Moving it forward is closing
 * (`ledger.close`); moving it back or clearing it reopens the books and needs `ledger.admin`.
 */
export async function setLockDate(db: CompanyDb, call: LedgerCall, lockDate: string | null): Promise<{ lockDate: string | null }> {
  return inTransaction(db, async (trx) => {
    const before = await getLockDate(trx);
    const backwards = before !== null && (lockDate === null || lockDate < before);
    if (backwards && !call.actor.permissions.has('ledger.admin')) {
      throw new AppError('FORBIDDEN', 'Moving the lock date back needs ledger.admin', { permission: 'ledger.admin' });
    }
    await saveLockDate(trx, lockDate, call.clock.now().toISOString());
    await recordAudit(trx, call.clock, call.actor, { action: 'ledger.lock_date.changed', summary: { before, after: lockDate } });
    return { lockDate };
  });
}
