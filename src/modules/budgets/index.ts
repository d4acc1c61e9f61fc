import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { KawalisModule } from '../../platform/module.ts';
import { registerBudgetCommands } from './budgets.commands.ts';
import { budgetsRoutes } from './budgets.routes.ts';
import { BUDGETS_COMPANY_TABLES } from './budgets.tables.ts';
import { CHECK_ALERTS_JOB, checkAlertsJob } from './check-alerts.ts';
import { budgetsMigration } from './migrations/001-budgets.ts';
import { closeForecastScenariosMigration } from './migrations/002-close-forecast-scenarios.ts';
import { lineSumsMigration } from './migrations/003-line-sums.ts';

export { budgetVsActual } from './budget-vs-actual.ts';
/** What other modules may call. */
export type { BudgetView, Report as BudgetReport } from './budgets.schemas.ts';

export const budgetsModule: KawalisModule = {
  name: 'budgets',
  migrations: {
    '001-budgets': budgetsMigration,
    '002-close-forecast-scenarios': closeForecastScenariosMigration,
    '003-line-sums': lineSumsMigration,
  },
  companyTables: [...BUDGETS_COMPANY_TABLES],
  permissions: [
    { key: 'budgets.read', description: 'See budgets and budget vs actual' },
    { key: 'budgets.write', description: 'Create budgets and change draft amounts' },
    { key: 'budgets.approve', description: 'Approve (freeze) a budget revision' },
  ],
  roleGrants: {
    finance: ['budgets.read', 'budgets.write', 'budgets.approve'],
    analyst: ['budgets.read'],
  },
  routes: (p) => new OpenAPIHono<AppEnv>().route('/', budgetsRoutes(p)),
  commands: registerBudgetCommands,
  jobs: { [CHECK_ALERTS_JOB]: checkAlertsJob },
  nav: [{ key: 'budgets', path: '/budgets', label: 'nav.budgets', permission: 'budgets.read' }],
};
