import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { insertLeaveEntry } from './leave.repository.ts';
import { toDays } from './leave.schemas.ts';
import { actingEmployee } from './leave-request-access.ts';
import { cancellableOn } from './leave-request-rules.ts';
import { leaveRequestView, visibleRequest } from './leave-request-view.ts';
import { findLeaveRequest, lockEmployee, updateLeaveRequestFrom } from './leave-requests.repository.ts';
import type { LeaveRequestView } from './leave-requests.schemas.ts';
import { type PeopleCall, today } from './people-db.ts';
import { refuse } from './request-leave.ts';

/**
 * The employee (or HR, people.write) withdraws a pending or approved request before its first day.
 * An approved one gets a negative usage record on the same date, so the balance is restored by a
 * record, never by editing the first.
 */
export async function cancelLeave(db: CompanyDb, call: PeopleCall, id: string): Promise<LeaveRequestView> {
  const day = today(call);
  return inTransaction(db, async (trx) => {
    const seen = await visibleRequest(trx, call.actor, id, day);
    await lockEmployee(trx, seen.employee_id);
    const row = (await findLeaveRequest(trx, id)) ?? seen;
    const self = await actingEmployee(trx, call.actor);
    if (self?.id !== row.employee_id && !call.actor.permissions.has('people.write')) {
      throw new AppError('FORBIDDEN', 'Only the employee or HR cancels a request', { reason: 'notSelf' });
    }
    if (row.status !== 'pending' && row.status !== 'approved') throw refuse('status', 'notLive', `The request is ${row.status}`, { status: row.status });
    if (!cancellableOn(row.from_date, day)) throw refuse('from', 'started', `The leave started on ${row.from_date}`);
    const now = call.clock.now().toISOString();
    let reversalId: string | null = null;
    if (row.status === 'approved') {
      reversalId = newId();
      await insertLeaveEntry(trx, {
        id: reversalId,
        employee_id: row.employee_id,
        leave_type_id: row.leave_type_id,
        date: row.from_date,
        kind: 'usage',
        amount: -row.amount,
        reason: `Cancelled: leave ${row.from_date} to ${row.to_date} (request ${row.id})`,
        recorded_at: now,
        recorded_by: call.actor.label,
      });
    }
    const moved = await updateLeaveRequestFrom(trx, id, row.status, { status: 'cancelled', reversal_entry_id: reversalId });
    if (!moved) throw refuse('status', 'notLive', 'The request changed meanwhile');
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.leave.cancelled',
      targetType: 'people_leave_request',
      targetId: id,
      summary: { employeeId: row.employee_id, was: row.status, from: row.from_date, to: row.to_date, days: toDays(row.amount), reversalEntryId: reversalId },
    });
    return leaveRequestView(trx, call.actor, id, day, self?.id ?? null);
  });
}
