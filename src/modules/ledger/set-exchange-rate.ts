import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { minorUnits } from './currencies.repository.ts';
import { presentRate, upsertRate } from './exchange-rates.repository.ts';
import { type ExchangeRateInput, type ExchangeRateView, exchangeRateInputSchema } from './exchange-rates.schemas.ts';
import type { Issue } from './journal-entry.ts';
import { type CompanyFacts, companyFacts, type LedgerCall } from './ledger-db.ts';
import { MoneyError, parseRate } from './money.ts';
import { issueAt } from './refusals.ts';

/** What is wrong with one rate, if anything: an unknown code, the base currency itself, a rate that does not parse. */
export function rateIssues(r: ExchangeRateInput, company: CompanyFacts, known: ReadonlySet<string>, at = ''): Issue[] {
  const issues: Issue[] = [];
  if (!known.has(r.currency)) issues.push(issueAt(`${at}currency`, 'ledger.currency_unknown', { currency: r.currency }));
  else if (r.currency === company.baseCurrency) issues.push(issueAt(`${at}currency`, 'ledger.rate_of_base', { currency: r.currency }));
  try {
    parseRate(r.rate);
  } catch (err) {
    if (!(err instanceof MoneyError)) throw err;
    issues.push(issueAt(`${at}rate`, err.code, err.params));
  }
  return issues;
}

/**
 * Enter the rate of a currency from a date on (base-currency units per unit). Posted lines keep the
 * rate they were posted at; a changed rate only affects lines resolved after it.
 */
export async function setExchangeRate(db: CompanyDb, call: LedgerCall, input: ExchangeRateInput): Promise<ExchangeRateView> {
  const r = exchangeRateInputSchema.parse(input);
  const company = await companyFacts(db, call.actor);
  return inTransaction(db, async (trx) => {
    const issues = rateIssues(r, company, new Set((await minorUnits(trx, [r.currency])).keys()));
    if (issues.length) throw new AppError('VALIDATION', 'The exchange rate is not valid', issues);
    const row = {
      currency: r.currency,
      date: r.date,
      rate: r.rate,
      source: r.source ?? 'manual',
      updated_by: call.actor.label,
      updated_at: call.clock.now().toISOString(),
    };
    await upsertRate(trx, row);
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.exchange_rate.set',
      targetType: 'ledger_exchange_rate',
      targetId: `${r.currency}/${r.date}`,
      summary: { currency: r.currency, date: r.date, rate: r.rate, source: row.source },
    });
    return presentRate({ ...row, id: '', company_id: '' });
  });
}
