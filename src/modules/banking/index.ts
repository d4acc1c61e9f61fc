import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { KawalisModule } from '../../platform/module.ts';
import { registerBankingCommands } from './banking.commands.ts';
import { bankingRoutes } from './banking.routes.ts';
import { BANKING_COMPANY_TABLES } from './banking.tables.ts';
import { matchingRoutes } from './matching.routes.ts';
import { bankStatementsMigration } from './migrations/001-bank-statements.ts';
import { bankMatchingMigration } from './migrations/002-matching.ts';
import { bankRuleDimensionsMigration } from './migrations/003-rule-dimensions.ts';
import { bankLineIndexesMigration } from './migrations/004-bank-line-indexes.ts';
import { bankMatchInvariantsMigration } from './migrations/005-match-invariants.ts';
import { liveMatchIndexesMigration } from './migrations/006-live-match-indexes.ts';
import { matchChecksPerStatementMigration } from './migrations/007-match-checks-per-statement.ts';
import { reconciledCheck } from './reconciled.check.ts';
import { statementsContinuousCheck } from './statements-continuous.check.ts';
import { worklistRoutes } from './worklist.routes.ts';

/** What other modules may call. */
export type { BankAccountView, ImportResult, Preview, StatementView } from './banking.schemas.ts';
export { confirmMatch } from './confirm-match.ts';
export { createBankAccount } from './create-bank-account.ts';
export { importStatementFile } from './import-statement-file.ts';
export { statementsOfAccount } from './list-statements.ts';
export { previewStatementFile } from './preview-statement-file.ts';
export { reconciliationReport } from './reconciliation-report.ts';

export const bankingModule: KawalisModule = {
  name: 'banking',
  migrations: {
    '001-bank-statements': bankStatementsMigration,
    '002-matching': bankMatchingMigration,
    '003-rule-dimensions': bankRuleDimensionsMigration,
    '004-bank-line-indexes': bankLineIndexesMigration,
    '005-match-invariants': bankMatchInvariantsMigration,
    '006-live-match-indexes': liveMatchIndexesMigration,
    '007-match-checks-per-statement': matchChecksPerStatementMigration,
  },
  companyTables: [...BANKING_COMPANY_TABLES],
  permissions: [
    { key: 'banking.read', description: 'See bank accounts, statements and statement lines' },
    { key: 'banking.import', description: 'Preview and import bank statement files' },
    { key: 'banking.reconcile', description: 'Confirm and undo matches, add and apply matching rules (rules post ledger entries)' },
    { key: 'banking.admin', description: 'Add and change bank accounts and their CSV mappings' },
  ],
  roleGrants: {
    finance: ['banking.read', 'banking.import', 'banking.reconcile', 'banking.admin'],
    analyst: ['banking.read'],
  },
  routes: (p) => new OpenAPIHono<AppEnv>().route('/', bankingRoutes(p)).route('/', matchingRoutes(p)).route('/', worklistRoutes(p)),
  commands: registerBankingCommands,
  checks: [statementsContinuousCheck, reconciledCheck],
  nav: [{ key: 'banking', path: '/banking', label: 'nav.banking', permission: 'banking.read' }],
};
