import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { KawalisModule } from '../../platform/module.ts';
import { accountsRoutes } from './accounts.routes.ts';
import { closeRoutes } from './close.routes.ts';
import { dimensionsRoutes } from './dimensions.routes.ts';
import { entriesRoutes } from './entries.routes.ts';
import { exchangeRatesRoutes } from './exchange-rates.routes.ts';
import { importRoutes } from './import/import.routes.ts';
import { importsMigration } from './import/imports.migration.ts';
import { IMPORT_TABLES, runImportJob } from './import/run-import-job.ts';
import { registerLedgerCommands } from './ledger.commands.ts';
import { LEDGER_COMPANY_TABLES } from './ledger.tables.ts';
import { currenciesMigration } from './migrations/001-currencies.ts';
import { chartMigration } from './migrations/002-chart.ts';
import { entriesMigration } from './migrations/003-entries.ts';
import { dimensionsMigration } from './migrations/004-dimensions.ts';
import { ratesCloseMigration } from './migrations/005-rates-close.ts';
import { lineIndexesMigration } from './migrations/007-line-indexes.ts';
import { dayBalancesMigration } from './migrations/008-day-balances.ts';
import { lineGuardPerStatementMigration } from './migrations/009-line-guard-per-statement.ts';
import { narrowPostedTablesMigration } from './migrations/010-narrow-posted-tables.ts';
import { lineAccountDateMigration } from './migrations/011-line-account-date.ts';
import { draftsIndexMigration } from './migrations/012-drafts-index.ts';
import { lineGuardByKeyMigration } from './migrations/013-line-guard-by-key.ts';
import { periodsRoutes } from './periods.routes.ts';
import { reportsRoutes } from './reports/reports.routes.ts';

export { findAccountByCode } from './accounts.repository.ts';
export { type ActualCell, type ActualLine, actualsByLine, actualsByMonth } from './actuals-by-month.ts';
export { closedMonths, findAccounts } from './budget-reads.ts';
export { type ExternalCheck, registeredCloseChecks } from './close-checks.ts';
export { closePeriod } from './close-period.ts';
export { createDimension } from './create-dimension.ts';
export { createDimensionValue } from './create-dimension-value.ts';
/** What other modules may call: posting and reading, always through a company-scoped handle. */
export { createDraft } from './create-draft.ts';
export { findCurrency, listCurrencies, minorUnits } from './currencies.repository.ts';
export { listDimensions } from './dimensions.repository.ts';
export { ratesOn } from './exchange-rates.repository.ts';
export { findAccount } from './find-account.ts';
export { getCloseChecks } from './get-close-checks.ts';
export { importEntriesCsv } from './import/import-entries-csv.ts';
export { importExchangeRates } from './import-exchange-rates.ts';
export { installDefaultChart } from './install-default-chart.ts';
export { exportHledger } from './interop/export-hledger.ts';
export { importHledger } from './interop/import-hledger.ts';
export { findJournalByCode } from './journals.repository.ts';
export type { EntryInput, EntryView, TrialBalance, VerifyReport } from './ledger.schemas.ts';
export { entryInputSchema } from './ledger.schemas.ts';
export type { LedgerCall } from './ledger-db.ts';
export { accountLinesToMatch, closedReason, type LineForMatching, type LineToMatch, linesForMatching } from './lines-for-matching.ts';
export { fromMinor, MoneyError, toMinor } from './money.ts';
export { type BatchEntry, postEntriesBatch } from './post-batch.ts';
export { postEntry } from './post-entry.ts';
export { type PostNewResult, postNewEntry } from './post-new-entry.ts';
export { reopenPeriod } from './reopen-period.ts';
export { accountChecks } from './reports/account-checks.ts';
export { accountRegister } from './reports/account-register.ts';
export { balanceSheet } from './reports/balance-sheet.ts';
export { incomeStatement } from './reports/income-statement.ts';
export { listLines } from './reports/list-lines.ts';
export { monthlyTrend } from './reports/monthly-trend.ts';
export type { BalanceSheet, ChecksReport, Drill, IncomeStatement, Register, Trend, TrialBalanceReport } from './reports/reports.schemas.ts';
export { trialBalanceReport } from './reports/trial-balance-report.ts';
export { revaluePeriod } from './revalue-period.ts';
export { reverseEntry } from './reverse-entry.ts';
export { setExchangeRate } from './set-exchange-rate.ts';
export { setLockDate } from './set-lock-date.ts';
export { trialBalance } from './trial-balance.ts';
export { verifyLedger } from './verify-ledger.ts';
export { closingEntryIds, yearEndClose } from './year-end-close.ts';

export const ledgerModule: KawalisModule = {
  name: 'ledger',
  migrations: {
    '001-currencies': currenciesMigration,
    '002-chart': chartMigration,
    '003-entries': entriesMigration,
    '004-dimensions': dimensionsMigration,
    '005-rates-close': ratesCloseMigration,
    '006-imports': importsMigration,
    '007-line-indexes': lineIndexesMigration,
    '008-day-balances': dayBalancesMigration,
    '009-line-guard-per-statement': lineGuardPerStatementMigration,
    '010-narrow-posted-tables': narrowPostedTablesMigration,
    '011-line-account-date': lineAccountDateMigration,
    '012-drafts-index': draftsIndexMigration,
    '013-line-guard-by-key': lineGuardByKeyMigration,
  },
  companyTables: [...LEDGER_COMPANY_TABLES, ...IMPORT_TABLES],
  permissions: [
    { key: 'ledger.read', description: 'See the chart, entries, periods and reports' },
    { key: 'ledger.write', description: 'Create, change and delete draft entries' },
    { key: 'ledger.post', description: 'Post and reverse entries' },
    { key: 'ledger.close', description: 'Close periods and move the lock date forward' },
    { key: 'ledger.admin', description: 'Manage the chart of accounts and journals; reopen periods' },
  ],
  // Finance keeps the books but does not reshape the chart or reopen closed periods.
  roleGrants: {
    finance: ['ledger.read', 'ledger.write', 'ledger.post', 'ledger.close'],
    analyst: ['ledger.read'],
    risk: ['ledger.read'],
  },
  routes: (p) =>
    new OpenAPIHono<AppEnv>()
      .route('/', accountsRoutes(p))
      .route('/', periodsRoutes(p))
      .route('/', entriesRoutes(p))
      .route('/', importRoutes(p))
      .route('/', dimensionsRoutes(p))
      .route('/', exchangeRatesRoutes(p))
      .route('/', closeRoutes(p))
      .route('/', reportsRoutes(p)),
  commands: registerLedgerCommands,
  jobs: { 'ledger.import': runImportJob },
  nav: [{ key: 'ledger', path: '/ledger', label: 'nav.ledger', permission: 'ledger.read' }],
};
