import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { visibleEmployee } from './employee-access.ts';
import { currentAssignments } from './job-spans.ts';
import { APPROVE, actingEmployee } from './leave-request-access.ts';
import { presentRequest } from './leave-request-view.ts';
import { type LeaveRequestFilter, listLeaveRequestRows } from './leave-requests.repository.ts';
import type { LeaveRequestListQuery, LeaveRequestView } from './leave-requests.schemas.ts';

/**
 * A page of leave requests. `mine`: the actor's own. `inbox`: pending requests the actor may decide
 * (every other employee's with people.leave.approve, else their direct reports' today). `all`: every
 * request the actor may see (HR: all; a manager: their reports'; anyone: their own).
 */
export async function listLeaveRequests(
  db: CompanyDb,
  actor: Actor,
  q: LeaveRequestListQuery,
  today: string,
): Promise<{ items: LeaveRequestView[]; page: number; pageSize: number; total: number }> {
  const self = await actingEmployee(db, actor);
  const hr = actor.permissions.has(APPROVE) || actor.permissions.has('people.read');
  const reports = async () => (self ? (await currentAssignments(db, today)).filter((a) => a.managerId === self.id).map((a) => a.employeeId) : []);
  const f: LeaveRequestFilter = { status: q.status, from: q.from, to: q.to };
  if (q.scope === 'mine') f.employeeIds = self ? [self.id] : [];
  else if (q.scope === 'inbox') {
    f.status = 'pending';
    if (actor.permissions.has(APPROVE)) f.excludeEmployeeId = self?.id ?? undefined;
    else f.employeeIds = await reports();
  } else if (!hr) f.employeeIds = [...(self ? [self.id] : []), ...(await reports())];
  if (q.employeeId) {
    // one person: only if the actor may see them (404 otherwise, as for the record itself)
    if (!hr) await visibleEmployee(db, actor, q.employeeId, today);
    f.employeeIds = f.employeeIds ? f.employeeIds.filter((id) => id === q.employeeId) : [q.employeeId];
  }
  const { rows, total } = await listLeaveRequestRows(db, f, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const items = await Promise.all(rows.map((r) => presentRequest(db, actor, r, today, self?.id ?? null)));
  return { items, page: q.page, pageSize: q.pageSize, total };
}
