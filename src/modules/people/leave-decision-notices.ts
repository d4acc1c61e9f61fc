import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { type LeaveNotice, sendLeaveNotice } from './leave-notices.ts';
import { approverUsers, userToNotify } from './leave-request-access.ts';
import type { LeaveRequestView } from './leave-requests.schemas.ts';
import type { EmployeeTable } from './people.tables.ts';
import type { PeopleCall } from './people-db.ts';

const valuesOf = (v: LeaveRequestView) => ({
  name: { en: v.employeeNameEn, ar: v.employeeNameAr },
  type: { en: v.leaveTypeNameEn, ar: v.leaveTypeNameAr },
  from: v.from,
  to: v.to,
  days: v.days,
});

/** On submission: the employee's manager and every holder of people.leave.approve, each in their language. */
export async function notifyApprovers(
  db: CompanyDb,
  call: PeopleCall & { emailEnabled?: boolean },
  employee: EmployeeTable,
  v: LeaveRequestView,
  today: string,
) {
  for (const u of await approverUsers(db, employee, today)) {
    await sendLeaveNotice(db, call, u, 'submitted', valuesOf(v), '/people/leave?tab=approvals');
  }
}

/** On a decision: the employee, when their record is linked to a user. */
export async function notifyEmployee(
  db: CompanyDb,
  call: PeopleCall & { emailEnabled?: boolean },
  employee: EmployeeTable,
  v: LeaveRequestView,
  kind: Extract<LeaveNotice, 'approved' | 'rejected'>,
) {
  const u = await userToNotify(db, employee.user_id);
  if (!u) return;
  await sendLeaveNotice(db, call, u, kind, { ...valuesOf(v), by: call.actor.label, reason: v.decisionReason ?? '' }, '/people/leave');
}
