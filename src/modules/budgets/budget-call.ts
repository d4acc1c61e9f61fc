import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { findCompany } from '../../platform/companies/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';

/** What every budgets use case receives besides the database: who acts, and the clock. */
export interface BudgetCall {
  actor: Actor;
  clock: Clock;
  /** True when a mailer is configured: alert notifications then also queue an e-mail. */
  emailEnabled?: boolean;
}

/** The acting company's base currency and fiscal year start. */
export async function companyOf(db: CompanyDb, call: BudgetCall) {
  if (!call.actor.companyId) throw new AppError('FORBIDDEN', 'No current company');
  // biome-ignore lint/suspicious/noExplicitAny: the platform's own table type
  const company = await findCompany(db as any, call.actor.companyId);
  if (!company) throw new AppError('NOT_FOUND', 'No such company');
  return { baseCurrency: company.baseCurrency, fiscalYearStartMonth: company.fiscalYearStartMonth };
}
