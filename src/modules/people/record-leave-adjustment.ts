import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { requireEmployee } from './employee-access.ts';
import { findLeaveType, insertLeaveEntry } from './leave.repository.ts';
import { type LeaveAdjustmentInput, leaveAdjustmentInputSchema, toHundredths } from './leave.schemas.ts';
import type { PeopleCall } from './people-db.ts';

/** An HR correction of a leave balance: a signed record with a reason, never an edit of a counter. */
export async function recordLeaveAdjustment(db: CompanyDb, call: PeopleCall, employeeId: string, input: LeaveAdjustmentInput): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    await requireEmployee(trx, employeeId);
    const a = leaveAdjustmentInputSchema.parse(input);
    if (!(await findLeaveType(trx, a.leaveTypeId))) {
      throw new AppError('VALIDATION', 'No such leave type', [{ path: 'leaveTypeId', message: 'No such leave type' }]);
    }
    const id = newId();
    await insertLeaveEntry(trx, {
      id,
      employee_id: employeeId,
      leave_type_id: a.leaveTypeId,
      date: a.date,
      kind: 'adjustment',
      amount: BigInt(toHundredths(a.days)),
      reason: a.reason,
      recorded_at: call.clock.now().toISOString(),
      recorded_by: call.actor.label,
    });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.leave.adjusted',
      targetType: 'people_employee',
      targetId: employeeId,
      summary: { leaveTypeId: a.leaveTypeId, date: a.date, days: a.days },
    });
    return { id };
  });
}
