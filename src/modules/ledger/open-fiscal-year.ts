import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { PeriodView } from './chart.schemas.ts';
import { periodsOfFiscalYear } from './fiscal-calendar.ts';
import { companyFacts, type LedgerCall } from './ledger-db.ts';
import { insertPeriods, listPeriods, presentPeriod } from './periods.repository.ts';

/** Create a fiscal year's twelve monthly periods, open (posting into a new year does this too). */
export async function openFiscalYear(db: CompanyDb, call: LedgerCall, fiscalYear: number): Promise<PeriodView[]> {
  const company = await companyFacts(db, call.actor);
  return inTransaction(db, async (trx) => {
    const before = (await listPeriods(trx, fiscalYear)).length;
    await insertPeriods(trx, periodsOfFiscalYear(fiscalYear, company.fiscalYearStartMonth));
    if (before < 12) await recordAudit(trx, call.clock, call.actor, { action: 'ledger.fiscal_year.opened', summary: { fiscalYear } });
    return (await listPeriods(trx, fiscalYear)).map(presentPeriod);
  });
}
