import { bankingModule } from './modules/banking/index.ts';
import { budgetsModule } from './modules/budgets/index.ts';
import { ledgerModule } from './modules/ledger/index.ts';
import { peopleModule } from './modules/people/index.ts';
import { auditModule } from './platform/audit/index.ts';
import { authModule } from './platform/auth/index.ts';
import { companiesModule } from './platform/companies/index.ts';
import { jobsModule } from './platform/jobs/index.ts';
import type { KawalisModule } from './platform/module.ts';
import { notificationsModule } from './platform/notifications/index.ts';
import { usersModule } from './platform/users/index.ts';

/**
 * Every module Kawalis runs, in migration order: the platform's own parts first, then business
 * modules. Adding a module is one import and one line here.
 */
export const allModules: KawalisModule[] = [
  companiesModule,
  authModule,
  auditModule,
  jobsModule,
  notificationsModule,
  usersModule,
  ledgerModule,
  peopleModule,
  bankingModule,
  budgetsModule,
];
