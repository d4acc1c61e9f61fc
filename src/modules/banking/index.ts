import type { KawalisModule } from '../../platform/module.ts';
import { registerBankingCommands } from './banking.commands.ts';
import { bankingRoutes } from './banking.routes.ts';
import { BANKING_COMPANY_TABLES } from './banking.tables.ts';
import { bankStatementsMigration } from './migrations/001-bank-statements.ts';
import { statementsContinuousCheck } from './statements-continuous.check.ts';

/** What other modules may call. */
export type { BankAccountView, ImportResult, Preview, StatementView } from './banking.schemas.ts';
export { createBankAccount } from './create-bank-account.ts';
export { importStatementFile } from './import-statement-file.ts';
export { statementsOfAccount } from './list-statements.ts';
export { previewStatementFile } from './preview-statement-file.ts';

export const bankingModule: KawalisModule = {
  name: 'banking',
  migrations: { '001-bank-statements': bankStatementsMigration },
  companyTables: [...BANKING_COMPANY_TABLES],
  permissions: [
    { key: 'banking.read', description: 'See bank accounts, statements and statement lines' },
    { key: 'banking.import', description: 'Preview and import bank statement files' },
    { key: 'banking.admin', description: 'Add and change bank accounts and their CSV mappings' },
  ],
  roleGrants: {
    finance: ['banking.read', 'banking.import', 'banking.admin'],
    analyst: ['banking.read'],
  },
  routes: bankingRoutes,
  commands: registerBankingCommands,
  checks: [statementsContinuousCheck],
};
