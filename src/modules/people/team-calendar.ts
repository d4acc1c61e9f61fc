import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { companyWorkWeek, holidaysBetween } from './company-calendar.ts';
import { findEmployeesByIds } from './employees.repository.ts';
import { currentAssignments } from './job-spans.ts';
import { APPROVE, actingEmployee } from './leave-request-access.ts';
import { liveRequestsBetween } from './leave-requests.repository.ts';
import type { TeamCalendarQuery, TeamCalendarView } from './leave-requests.schemas.ts';
import { listDepartmentRows } from './org.repository.ts';

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * Who is away each day of a month. HR (people.read or people.leave.approve) sees everyone; anyone else
 * their team: themself, their manager, colleagues with the same manager and their own reports. The kind
 * of leave is shown to HR, to the person and to their manager only; colleagues see that someone is away.
 * People are judged by their job record in effect on the month's last day (or today, if sooner).
 */
export async function teamCalendar(db: CompanyDb, actor: Actor, q: TeamCalendarQuery, today: string): Promise<TeamCalendarView> {
  const from = `${q.month}-01`;
  const to = lastDay(q.month);
  const asOf = today < from ? from : today > to ? to : today;
  const hr = actor.permissions.has(APPROVE) || actor.permissions.has('people.read');
  const self = await actingEmployee(db, actor);
  const assignments = await currentAssignments(db, asOf);
  const managerOf = new Map(assignments.map((a) => [a.employeeId, a.managerId]));
  let visible = assignments;
  if (!hr) {
    const mine = self ? (managerOf.get(self.id) ?? null) : null;
    visible = self
      ? assignments.filter((a) => a.employeeId === self.id || a.employeeId === mine || a.managerId === self.id || (mine !== null && a.managerId === mine))
      : [];
  }
  if (q.departmentId) visible = visible.filter((a) => a.departmentId === q.departmentId);
  const employees = (
    await findEmployeesByIds(
      db,
      visible.map((a) => a.employeeId),
    )
  )
    .filter((e) => e.hire_date <= to && (!e.end_date || e.end_date >= from))
    .sort((a, b) => a.name_en.localeCompare(b.name_en) || a.id.localeCompare(b.id));
  const page = employees.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const [workWeek, holidays, requests, departments] = await Promise.all([
    companyWorkWeek(db, actor),
    holidaysBetween(db, from, to),
    liveRequestsBetween(
      db,
      page.map((e) => e.id),
      from,
      to,
    ),
    listDepartmentRows(db),
  ]);
  const deptOf = new Map(assignments.map((a) => [a.employeeId, a.departmentId]));
  const seesKind = (employeeId: string) => hr || employeeId === self?.id || (self !== undefined && managerOf.get(employeeId) === self.id);
  const shownDepts = new Set(hr ? departments.map((d) => d.id) : visible.map((a) => a.departmentId));
  return {
    month: q.month,
    from,
    to,
    workWeek,
    holidays: holidays.map((h) => ({ date: h.date, nameEn: h.nameEn, nameAr: h.nameAr, halfDay: h.halfDay })),
    departments: departments.filter((d) => shownDepts.has(d.id)).map((d) => ({ id: d.id, nameEn: d.name_en, nameAr: d.name_ar })),
    people: page.map((e) => ({
      employeeId: e.id,
      nameEn: e.name_en,
      nameAr: e.name_ar,
      departmentId: deptOf.get(e.id) ?? null,
      absences: requests
        .filter((r) => r.employee_id === e.id)
        .map((r) => ({
          requestId: r.id,
          from: r.from_date,
          to: r.to_date,
          startsAfternoon: Number(r.starts_afternoon) === 1,
          endsMidday: Number(r.ends_midday) === 1,
          status: r.status as 'pending' | 'approved',
          leaveType: seesKind(e.id) ? { code: r.type_code, nameEn: r.type_name_en, nameAr: r.type_name_ar } : null,
        })),
    })),
    page: q.page,
    pageSize: q.pageSize,
    total: employees.length,
  };
}
