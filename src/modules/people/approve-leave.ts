import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { requireEmployee } from './employee-access.ts';
import { insertLeaveEntry } from './leave.repository.ts';
import { toDays } from './leave.schemas.ts';
import { notifyEmployee } from './leave-decision-notices.ts';
import { actingEmployee, decideRefusal } from './leave-request-access.ts';
import { leaveRequestView, visibleRequest } from './leave-request-view.ts';
import { findLeaveRequest, lockEmployee, updateLeaveRequestFrom } from './leave-requests.repository.ts';
import type { LeaveRequestView } from './leave-requests.schemas.ts';
import type { LeaveRequestTable } from './leave-requests.tables.ts';
import { type PeopleCall, today } from './people-db.ts';
import { checkRequest, refuse } from './request-leave.ts';

/** The request, visible to the actor, still pending, and theirs to decide (the manager or people.leave.approve, never the employee). */
export async function decidableRequest(db: CompanyDb, call: PeopleCall, id: string, day: string): Promise<LeaveRequestTable> {
  const seen = await visibleRequest(db, call.actor, id, day);
  await lockEmployee(db, seen.employee_id);
  const row = (await findLeaveRequest(db, id)) as LeaveRequestTable;
  const refusal = await decideRefusal(db, call.actor, row, day);
  if (refusal === 'ownRequest') throw new AppError('FORBIDDEN', 'Nobody approves their own leave', { reason: refusal });
  if (refusal) throw new AppError('FORBIDDEN', "Only the employee's manager or a leave approver decides", { reason: refusal });
  if (row.status !== 'pending') throw refuse('status', 'notPending', `The request is ${row.status}`, { status: row.status });
  return row;
}

/**
 * Approve a pending request: the checks run again (the balance or the calendar may have changed), then
 * the usage record (dated the first day of leave) is written with the status change, in one transaction.
 */
export async function approveLeave(db: CompanyDb, call: PeopleCall & { emailEnabled?: boolean }, id: string): Promise<LeaveRequestView> {
  const day = today(call);
  return inTransaction(db, async (trx) => {
    const row = await decidableRequest(trx, call, id, day);
    const employee = await requireEmployee(trx, row.employee_id);
    const span = { from: row.from_date, to: row.to_date, startsAfternoon: Number(row.starts_afternoon) === 1, endsMidday: Number(row.ends_midday) === 1 };
    const amount = await checkRequest(trx, call, employee, { ...span, leaveTypeId: row.leave_type_id, id: row.id }, { pendingCounts: false });
    const now = call.clock.now().toISOString();
    const entryId = newId();
    await insertLeaveEntry(trx, {
      id: entryId,
      employee_id: row.employee_id,
      leave_type_id: row.leave_type_id,
      date: row.from_date,
      kind: 'usage',
      amount: BigInt(amount),
      reason: `Leave ${row.from_date} to ${row.to_date} (request ${row.id})`,
      recorded_at: now,
      recorded_by: call.actor.label,
    });
    const moved = await updateLeaveRequestFrom(trx, id, 'pending', {
      status: 'approved',
      amount: BigInt(amount),
      decided_at: now,
      decided_by: call.actor.label,
      usage_entry_id: entryId,
    });
    if (!moved) throw refuse('status', 'notPending', 'The request was decided meanwhile');
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.leave.approved',
      targetType: 'people_leave_request',
      targetId: id,
      summary: {
        employeeId: row.employee_id,
        leaveTypeId: row.leave_type_id,
        from: row.from_date,
        to: row.to_date,
        days: toDays(amount),
        usageEntryId: entryId,
      },
    });
    const view = await leaveRequestView(trx, call.actor, id, day, (await actingEmployee(trx, call.actor))?.id ?? null);
    await notifyEmployee(trx, call, employee, view, 'approved');
    return view;
  });
}
