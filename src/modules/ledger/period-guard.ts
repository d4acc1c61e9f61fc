import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { periodOf, periodsOfFiscalYear } from './fiscal-calendar.ts';
import { findPeriodOn, getLockDate, insertPeriods } from './periods.repository.ts';
import { refuse } from './refusals.ts';

/**
 * Refuse a date in a closed period or on/before the lock date (PERIOD_LOCKED). A date in a fiscal
 * year that has no periods yet opens that year: its twelve periods are created open. Returns the
 * fiscal year the date falls in.
 */
export async function assertOpenDate(db: CompanyDb, date: string, fiscalYearStartMonth: number): Promise<number> {
  const lockDate = await getLockDate(db, true);
  if (lockDate && date <= lockDate) {
    throw refuse('PERIOD_LOCKED', 'ledger.books_locked', { lockDate }, { date, lockDate });
  }
  let period = await findPeriodOn(db, date, true);
  if (!period) {
    await insertPeriods(db, periodsOfFiscalYear(periodOf(date, fiscalYearStartMonth).fiscalYear, fiscalYearStartMonth));
    period = await findPeriodOn(db, date, true);
  }
  if (!period) throw new AppError('INTERNAL', `no period for ${date}`);
  if (period.status === 'closed') {
    throw refuse(
      'PERIOD_LOCKED',
      'ledger.period_closed',
      { start: period.start_date, end: period.end_date },
      { date, periodId: period.id, fiscalYear: Number(period.fiscal_year), periodNo: Number(period.period_no) },
    );
  }
  return Number(period.fiscal_year);
}
