import { createRootRouteWithContext, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { AuditPage } from '../features/audit/pages/audit-page';
import { ChangePasswordPage } from '../features/auth/pages/change-password-page';
import { EnrolMfaPage } from '../features/auth/pages/enrol-mfa-page';
import { LoginPage } from '../features/auth/pages/login-page';
import { MfaChallengePage } from '../features/auth/pages/mfa-challenge-page';
import { BankAccountsPage } from '../features/banking/pages/bank-accounts-page';
import { ReconcilePage } from '../features/banking/pages/reconcile-page';
import { ReportPage as BankReportPage } from '../features/banking/pages/report-page';
import { RulesPage as BankRulesPage } from '../features/banking/pages/rules-page';
import { StatementPage as BankStatementPage } from '../features/banking/pages/statement-page';
import { StatementsPage as BankStatementsPage } from '../features/banking/pages/statements-page';
import { BudgetPage } from '../features/budgets/pages/budget-page';
import { BudgetsPage } from '../features/budgets/pages/budgets-page';
import { validateBudgetSearch } from '../features/budgets/search';
import { HomePage } from '../features/home/pages/home-page';
import { AccountChecksPage } from '../features/ledger/pages/account-checks-page';
import { ChartPage } from '../features/ledger/pages/chart-page';
import { DimensionsPage } from '../features/ledger/pages/dimensions-page';
import { EntriesPage } from '../features/ledger/pages/entries-page';
import { EntryDetailPage } from '../features/ledger/pages/entry-detail-page';
import { EditEntryPage, NewEntryPage } from '../features/ledger/pages/entry-form-page';
import { ExchangeRatesPage } from '../features/ledger/pages/exchange-rates-page';
import { ImportEntriesPage } from '../features/ledger/pages/import-entries-page';
import { LedgerHomePage } from '../features/ledger/pages/ledger-home-page';
import { PeriodClosePage } from '../features/ledger/pages/period-close-page';
import { PeriodsPage } from '../features/ledger/pages/periods-page';
import { ReportLinesPage } from '../features/ledger/pages/report-lines-page';
import { ReportsPage } from '../features/ledger/pages/reports-page';
import { TrialBalancePage } from '../features/ledger/pages/trial-balance-page';
import { validateChecksSearch, validateLinesSearch, validateReportsSearch } from '../features/ledger/report-search';
import { validateAsOfSearch, validateEntriesSearch, validatePeriodsSearch } from '../features/ledger/search';
import { NotificationsPage } from '../features/notifications/pages/notifications-page';
import { AppointmentDetailPage } from '../features/people/pages/appointment-detail-page';
import { AppointmentsPage } from '../features/people/pages/appointments-page';
import { CalendarPage } from '../features/people/pages/calendar-page';
import { DepartmentsPage } from '../features/people/pages/departments-page';
import { EmployeeDetailPage } from '../features/people/pages/employee-detail-page';
import { EmployeesPage } from '../features/people/pages/employees-page';
import { ImportEmployeesPage } from '../features/people/pages/import-employees-page';
import { LeavePage, validateLeaveSearch } from '../features/people/pages/leave-page';
import { LeaveTypesPage } from '../features/people/pages/leave-types-page';
import { NewEmployeePage } from '../features/people/pages/new-employee-page';
import { ScheduleAppointmentPage } from '../features/people/pages/schedule-appointment-page';
import { ChangeRequestsPage } from '../features/people-records/pages/change-requests-page';
import { MyRecordPage } from '../features/people-records/pages/my-record-page';
import { OrgChartPage } from '../features/people-records/pages/org-chart-page';
import { PositionsPage } from '../features/people-records/pages/positions-page';
import { PeopleReportsPage } from '../features/people-records/pages/reports-page';
import { ProfilePage } from '../features/profile/pages/profile-page';
import { RolesPage } from '../features/roles/pages/roles-page';
import { SetupPage } from '../features/setup/pages/setup-page';
import { UsersPage } from '../features/users/pages/users-page';
import { queryClient } from '../lib/query-client';
import { type RouterContext, requireFullSession, requireSetupDone, requireSetupNeeded, requireSignedOut, requireStage } from './guards';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { NotFoundPage, RouteErrorPage } from './layout/status-pages';

const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: ({ context, location }) => requireSetupDone(context.queryClient, location.pathname),
  component: Outlet,
});

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

const setupRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/setup',
  beforeLoad: ({ context }) => requireSetupNeeded(context.queryClient),
  component: SetupPage,
});

const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  beforeLoad: ({ context }) => requireSignedOut(context.queryClient),
  component: LoginPage,
});

const mfaRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/login/mfa',
  beforeLoad: ({ context }) => requireStage(context.queryClient, 'mfa'),
  component: MfaChallengePage,
});

const enrolRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/enrol-mfa',
  beforeLoad: ({ context }) => requireStage(context.queryClient, 'enrol_mfa'),
  component: EnrolMfaPage,
});

const changePasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/change-password',
  beforeLoad: ({ context }) => requireStage(context.queryClient, 'change_password'),
  component: ChangePasswordPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => ({
    me: await requireFullSession(context.queryClient, location.href),
  }),
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const profileRoute = createRoute({ getParentRoute: () => appRoute, path: '/profile', component: ProfilePage });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/admin/users', component: UsersPage });
const rolesRoute = createRoute({ getParentRoute: () => appRoute, path: '/admin/roles', component: RolesPage });
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/audit',
  component: AuditPage,
  // ?targetId=… opens the log filtered to one record's events (linked from record pages).
  validateSearch: (s: Record<string, unknown>): { targetId?: string } => (typeof s.targetId === 'string' ? { targetId: s.targetId } : {}),
});
const notificationsRoute = createRoute({ getParentRoute: () => appRoute, path: '/notifications', component: NotificationsPage });

// The ledger (features/ledger): filters live in the address so drill-down links and the back button work.
const ledgerRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger', component: LedgerHomePage });
const ledgerAccountsRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/accounts', component: ChartPage });
const ledgerEntriesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ledger/entries',
  validateSearch: validateEntriesSearch,
  component: EntriesPage,
});
const ledgerNewEntryRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/entries/new', component: NewEntryPage });
const ledgerEntryRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/entries/$entryId', component: EntryDetailPage });
const ledgerEditEntryRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/entries/$entryId/edit', component: EditEntryPage });
const ledgerTrialBalanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ledger/trial-balance',
  validateSearch: validateAsOfSearch,
  component: TrialBalancePage,
});
const ledgerPeriodsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ledger/periods',
  validateSearch: validatePeriodsSearch,
  component: PeriodsPage,
});
const ledgerReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ledger/reports',
  validateSearch: validateReportsSearch,
  component: ReportsPage,
});
const ledgerReportLinesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ledger/reports/lines',
  validateSearch: validateLinesSearch,
  component: ReportLinesPage,
});
const ledgerChecksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ledger/checks',
  validateSearch: validateChecksSearch,
  component: AccountChecksPage,
});
const ledgerPeriodCloseRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/periods/$periodId/close', component: PeriodClosePage });
const ledgerRatesRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/exchange-rates', component: ExchangeRatesPage });
const ledgerDimensionsRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/dimensions', component: DimensionsPage });
const ledgerImportRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger/import', component: ImportEntriesPage });
const ledgerRoutes = [
  ledgerRoute,
  ledgerAccountsRoute,
  ledgerEntriesRoute,
  ledgerNewEntryRoute,
  ledgerEntryRoute,
  ledgerEditEntryRoute,
  ledgerTrialBalanceRoute,
  ledgerPeriodsRoute,
  ledgerReportsRoute,
  ledgerReportLinesRoute,
  ledgerChecksRoute,
  ledgerPeriodCloseRoute,
  ledgerRatesRoute,
  ledgerDimensionsRoute,
  ledgerImportRoute,
] as const;

// Budgets (features/budgets)
const budgetsRoutes = [
  createRoute({ getParentRoute: () => appRoute, path: '/budgets', component: BudgetsPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/budgets/$budgetId', validateSearch: validateBudgetSearch, component: BudgetPage }),
];

// Banking (features/banking): one bank account's pages under /banking/accounts/$accountId.
const bankingRoutes = [
  createRoute({ getParentRoute: () => appRoute, path: '/banking', component: BankAccountsPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/banking/accounts/$accountId', component: BankStatementsPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/banking/accounts/$accountId/statements/$statementId', component: BankStatementPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/banking/accounts/$accountId/reconcile', component: ReconcilePage }),
  createRoute({ getParentRoute: () => appRoute, path: '/banking/accounts/$accountId/rules', component: BankRulesPage }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/banking/accounts/$accountId/report',
    validateSearch: validateAsOfSearch,
    component: BankReportPage,
  }),
] as const;

// People (features/people)
const peopleRoutes = [
  createRoute({ getParentRoute: () => appRoute, path: '/people', component: EmployeesPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/new', component: NewEmployeePage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/employees/$employeeId', component: EmployeeDetailPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/departments', component: DepartmentsPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/import', component: ImportEmployeesPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/calendar', component: CalendarPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/leave-types', component: LeaveTypesPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/leave', validateSearch: validateLeaveSearch, component: LeavePage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/appointments', component: AppointmentsPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/appointments/new', component: ScheduleAppointmentPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/appointments/$appointmentId', component: AppointmentDetailPage }),
] as const;

// People records: self-service change requests, org chart, positions, reports (features/people-records)
const peopleRecordsRoutes = [
  createRoute({ getParentRoute: () => appRoute, path: '/people/me', component: MyRecordPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/change-requests', component: ChangeRequestsPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/org-chart', component: OrgChartPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/positions', component: PositionsPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/people/reports', component: PeopleReportsPage }),
] as const;

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([setupRoute, loginRoute, mfaRoute, enrolRoute, changePasswordRoute]),
  appRoute.addChildren([
    homeRoute,
    profileRoute,
    usersRoute,
    rolesRoute,
    auditRoute,
    notificationsRoute,
    ...ledgerRoutes,
    ...peopleRoutes,
    ...peopleRecordsRoutes,
    ...budgetsRoutes,
    ...bankingRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  defaultNotFoundComponent: NotFoundPage,
  defaultErrorComponent: RouteErrorPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
