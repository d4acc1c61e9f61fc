import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { countWorkingDays } from './company-calendar.ts';
import { findLeaveType } from './leave.repository.ts';
import { toDays } from './leave.schemas.ts';
import { availableOn } from './leave-availability.ts';
import { notifyApprovers } from './leave-decision-notices.ts';
import { actingEmployee, employeeToRequestFor } from './leave-request-access.ts';
import { isEmptySpan, type LeaveSpan, spansOverlap } from './leave-request-rules.ts';
import { leaveRequestView } from './leave-request-view.ts';
import { insertLeaveRequest, liveRequestsTouching, lockEmployee, pendingRequestsOf } from './leave-requests.repository.ts';
import { type LeaveRequestInput, type LeaveRequestView, leaveRequestInputSchema } from './leave-requests.schemas.ts';
import type { EmployeeTable } from './people.tables.ts';
import { type PeopleCall, today } from './people-db.ts';

/**
 * A refusal of a request: CONFLICT naming the field and a reason key the web translates
 * (`leaveRequests.refusals.<reason>`), with its figures; also in the platform's shape (`code`
 * `people.leave.<reason>` and `params`) for readers of reason codes.
 */
export const refuse = (field: string, reason: string, message: string, extra: Record<string, string | number> = {}) =>
  new AppError('CONFLICT', message, { field, reason, ...extra, code: `people.leave.${reason}`, params: extra });

/**
 * The checks a request must pass on submission and again at approval: inside the employment, some
 * working days, no overlap with the employee's other pending or approved requests, and enough balance
 * on the start date (unless the leave type allows a negative one). `pendingCounts`: at submission the
 * other pending requests of the type are held against the balance too. Returns the working days
 * (hundredths of a day).
 */
export async function checkRequest(
  db: CompanyDb,
  call: PeopleCall,
  employee: EmployeeTable,
  r: LeaveSpan & { leaveTypeId: string; id?: string },
  opts: { pendingCounts: boolean },
): Promise<number> {
  const type = await findLeaveType(db, r.leaveTypeId);
  if (!type) throw new AppError('VALIDATION', 'No such leave type', [{ path: 'leaveTypeId', message: 'No such leave type' }]);
  if (r.from < employee.hire_date)
    throw refuse('from', 'beforeHire', `The leave starts before the hire date ${employee.hire_date}`, { hireDate: employee.hire_date });
  if (employee.end_date && r.to > employee.end_date)
    throw refuse('to', 'afterEnd', `The leave ends after the employment ends on ${employee.end_date}`, { endDate: employee.end_date });
  if (isEmptySpan(r)) throw refuse('endsMidday', 'emptySpan', 'A one-day leave cannot start in the afternoon and end at midday');
  const days = await countWorkingDays(db, call.actor, r.from, r.to, { startsAfternoon: r.startsAfternoon, endsMidday: r.endsMidday });
  if (days <= 0) throw refuse('to', 'noWorkingDays', 'There is no working day between these dates');
  const amount = Math.round(days * 100);
  const others = (await liveRequestsTouching(db, employee.id, r.from, r.to)).filter((o) => o.id !== r.id);
  const clash = others.find((o) =>
    spansOverlap(r, { from: o.from_date, to: o.to_date, startsAfternoon: Number(o.starts_afternoon) === 1, endsMidday: Number(o.ends_midday) === 1 }),
  );
  if (clash) {
    throw refuse('from', 'overlap', `Overlaps the ${clash.status} request from ${clash.from_date} to ${clash.to_date}`, {
      requestId: clash.id,
      status: clash.status,
      from: clash.from_date,
      to: clash.to_date,
    });
  }
  if (Number(type.allow_negative) !== 1) {
    let available = await availableOn(db, employee.id, type.id, r.from);
    if (opts.pendingCounts) {
      for (const p of await pendingRequestsOf(db, employee.id)) if (p.leave_type_id === type.id && p.id !== r.id) available -= Number(p.amount);
    }
    if (amount > available) {
      throw refuse('leaveTypeId', 'insufficientBalance', `${toDays(amount)} working day(s) asked, ${toDays(available)} available`, {
        requested: toDays(amount),
        available: toDays(available),
      });
    }
  }
  return amount;
}

/** An employee asks for leave (or HR asks on their behalf); the approvers are told. */
export async function requestLeave(db: CompanyDb, call: PeopleCall & { emailEnabled?: boolean }, input: LeaveRequestInput): Promise<LeaveRequestView> {
  const r = leaveRequestInputSchema.parse(input);
  const day = today(call);
  const employee = await employeeToRequestFor(db, call.actor, r.employeeId, day);
  return inTransaction(db, async (trx) => {
    await lockEmployee(trx, employee.id);
    const amount = await checkRequest(trx, call, employee, r, { pendingCounts: true });
    const id = newId();
    await insertLeaveRequest(trx, {
      id,
      employee_id: employee.id,
      leave_type_id: r.leaveTypeId,
      from_date: r.from,
      to_date: r.to,
      starts_afternoon: r.startsAfternoon ? 1n : 0n,
      ends_midday: r.endsMidday ? 1n : 0n,
      amount: BigInt(amount),
      note: r.note || null,
      status: 'pending',
      requested_at: call.clock.now().toISOString(),
      requested_by: call.actor.label,
      decided_at: null,
      decided_by: null,
      decision_reason: null,
      usage_entry_id: null,
      reversal_entry_id: null,
    });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.leave.requested',
      targetType: 'people_leave_request',
      targetId: id,
      summary: { employeeId: employee.id, leaveTypeId: r.leaveTypeId, from: r.from, to: r.to, days: toDays(amount) },
    });
    const view = await leaveRequestView(trx, call.actor, id, day, (await actingEmployee(trx, call.actor))?.id ?? null);
    await notifyApprovers(trx, call, employee, view, day);
    return view;
  });
}
