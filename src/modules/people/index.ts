import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { KawalisModule } from '../../platform/module.ts';
import { appointmentsRoutes } from './appointments.routes.ts';
import { APPOINTMENT_COMPANY_TABLES } from './appointments.tables.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { changeRequestRoutes } from './change-requests.routes.ts';
import { employeesRoutes } from './employees.routes.ts';
import { icalFeedRoutes } from './ical-feed.routes.ts';
import { leaveRoutes } from './leave.routes.ts';
import { leaveRequestsRoutes } from './leave-requests.routes.ts';
import { peopleMigration } from './migrations/001-people.ts';
import { calendarMigration } from './migrations/002-calendar.ts';
import { leaveMigration } from './migrations/003-leave.ts';
import { leaveRequestsMigration } from './migrations/004-leave-requests.ts';
import { appointmentsMigration } from './migrations/005-appointments.ts';
import { recordsMigration } from './migrations/006-records.ts';
import { jobSpansSearchMigration } from './migrations/007-job-spans-search.ts';
import { orgRoutes } from './org.routes.ts';
import { registerPeopleCommands } from './people.commands.ts';
import { PEOPLE_COMPANY_TABLES } from './people.tables.ts';
import { reportingLinesRoutes } from './reporting-lines.routes.ts';
import { reportsRoutes } from './reports.routes.ts';
import { transferRoutes } from './transfer.routes.ts';

/** What other modules may call. */
export { addHoliday } from './add-holiday.ts';
export { changeJob } from './change-job.ts';
export { companyCalendar, countWorkingDays, holidaysBetween } from './company-calendar.ts';
export { createDepartment } from './create-department.ts';
export { createEmployee } from './create-employee.ts';
export { createLeaveType } from './create-leave-type.ts';
export { createPosition } from './create-position.ts';
export { exportEmployees } from './export-employees.ts';
export { ibanProblem } from './iban.ts';
export { importEmployees } from './import-employees.ts';
export { importHolidays } from './import-holidays.ts';
export { currentAssignments } from './job-spans.ts';
export { type LeaveMovement, type LeavePolicyTerms, leaveBalance } from './leave-balance.ts';
export { leaveBalances } from './leave-balances.ts';
export { listEmployees } from './list-employees.ts';
export { listLeaveTypes } from './list-leave-types.ts';
export type { EmployeeInput, EmployeeSummary, EmployeeView, SensitiveView } from './people.schemas.ts';
export type { PeopleCall } from './people-db.ts';
export { recordCompensation } from './record-compensation.ts';
export { recordLeaveAdjustment } from './record-leave-adjustment.ts';
export { revealSensitive } from './reveal-sensitive.ts';
export { setLeavePolicy } from './set-leave-policy.ts';
export { type CalendarHoliday, type HalfDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

export const peopleModule: KawalisModule = {
  name: 'people',
  migrations: {
    '001-people': peopleMigration,
    '002-calendar': calendarMigration,
    '003-leave': leaveMigration,
    '004-leave-requests': leaveRequestsMigration,
    '005-appointments': appointmentsMigration,
    '006-records': recordsMigration,
    '007-job-spans-search': jobSpansSearchMigration,
  },
  companyTables: [...PEOPLE_COMPANY_TABLES, ...APPOINTMENT_COMPANY_TABLES],
  permissions: [
    { key: 'people.read', description: 'See every employee record, departments and positions (not sensitive fields)' },
    { key: 'people.write', description: 'Add and change employees, their job and pay history, departments and positions' },
    { key: 'people.sensitive.read', description: 'Reveal national id, date of birth, IBAN, pay, emergency contact and health notes (audited)' },
    { key: 'people.leave.approve', description: "Approve or reject anyone's leave requests (a manager decides their reports' without it)" },
    { key: 'people.schedule', description: 'Schedule, move and cancel appointments between employees; see every appointment and free slots' },
  ],
  // Employees get nothing here: self-service works through the link from their employee record to their user.
  roleGrants: { hr: ['people.read', 'people.write', 'people.sensitive.read', 'people.leave.approve', 'people.schedule'] },
  routes: (p) =>
    new OpenAPIHono<AppEnv>()
      .route('/', transferRoutes(p))
      .route('/', calendarRoutes(p))
      .route('/', leaveRoutes(p))
      .route('/', leaveRequestsRoutes(p))
      .route('/', appointmentsRoutes(p))
      .route('/', icalFeedRoutes(p))
      .route('/', orgRoutes(p))
      .route('/', changeRequestRoutes(p))
      .route('/', reportsRoutes(p))
      .route('/', reportingLinesRoutes(p))
      .route('/', employeesRoutes(p)),
  commands: registerPeopleCommands,
  nav: [
    { key: 'people', path: '/people', label: 'nav.people', permission: 'people.read' },
    { key: 'people_leave', path: '/people/leave', label: 'leaveRequests.nav', permission: 'authenticated' },
    { key: 'people_appointments', path: '/people/appointments', label: 'appointments.nav', permission: 'authenticated' },
    { key: 'people_my_record', path: '/people/me', label: 'peopleRecords.nav.myRecord', permission: 'authenticated' },
    { key: 'people_org_chart', path: '/people/org-chart', label: 'peopleRecords.nav.orgChart', permission: 'people.read' },
    { key: 'people_reports', path: '/people/reports', label: 'peopleRecords.nav.reports', permission: 'people.read' },
    { key: 'people_change_requests', path: '/people/change-requests', label: 'peopleRecords.nav.changeRequests', permission: 'people.write' },
  ],
};
