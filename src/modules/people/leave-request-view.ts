import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { visibleEmployee } from './employee-access.ts';
import { toDays } from './leave.schemas.ts';
import { APPROVE, decideRefusal } from './leave-request-access.ts';
import { cancellableOn } from './leave-request-rules.ts';
import { findLeaveRequest, type LeaveRequestListRow, listLeaveRequestRows } from './leave-requests.repository.ts';
import type { LeaveRequestView } from './leave-requests.schemas.ts';

/** The API form of a request; `canDecide` and `canCancel` are for the acting user, now. */
export async function presentRequest(db: CompanyDb, actor: Actor, r: LeaveRequestListRow, today: string, selfId?: string | null): Promise<LeaveRequestView> {
  const canDecide = r.status === 'pending' && (await decideRefusal(db, actor, r, today)) === null;
  const mine = selfId !== undefined ? selfId === r.employee_id : false;
  const canCancel = (r.status === 'pending' || r.status === 'approved') && cancellableOn(r.from_date, today) && (mine || actor.permissions.has('people.write'));
  return {
    id: r.id,
    employeeId: r.employee_id,
    employeeNumber: r.employee_number,
    employeeNameEn: r.employee_name_en,
    employeeNameAr: r.employee_name_ar,
    leaveTypeId: r.leave_type_id,
    leaveTypeCode: r.type_code,
    leaveTypeNameEn: r.type_name_en,
    leaveTypeNameAr: r.type_name_ar,
    from: r.from_date,
    to: r.to_date,
    startsAfternoon: Number(r.starts_afternoon) === 1,
    endsMidday: Number(r.ends_midday) === 1,
    days: toDays(r.amount),
    note: r.note,
    status: r.status,
    requestedAt: r.requested_at,
    requestedBy: r.requested_by,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    decisionReason: r.decision_reason,
    canDecide,
    canCancel,
  };
}

/**
 * One request the actor may see: their own, their reports' (as manager), or any with people.read or
 * people.leave.approve. Anything else answers 404, like an id that does not exist.
 */
export async function visibleRequest(db: CompanyDb, actor: Actor, id: string, today: string) {
  const row = await findLeaveRequest(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (!actor.permissions.has(APPROVE)) await visibleEmployee(db, actor, row.employee_id, today);
  return row;
}

/** The presented request by id (after a change), as the actor sees it. */
export async function leaveRequestView(db: CompanyDb, actor: Actor, id: string, today: string, selfId: string | null): Promise<LeaveRequestView> {
  const { rows } = await listLeaveRequestRows(db, { ids: [id] }, { limit: 1, offset: 0 });
  if (!rows[0]) throw new AppError('NOT_FOUND');
  return presentRequest(db, actor, rows[0], today, selfId);
}
