import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { balancesByDims } from './close.repository.ts';
import { type SystemEntryResult, type YearEndInput, yearEndInputSchema } from './close.schemas.ts';
import { minorUnits } from './currencies.repository.ts';
import { loadEntryView } from './entry-view.ts';
import { periodsOfFiscalYear } from './fiscal-calendar.ts';
import type { MinorLine } from './journal-entry.ts';
import { companyFacts, type LedgerCall, typed } from './ledger-db.ts';
import { getLedgerSettings } from './ledger-settings.repository.ts';
import { impliedRate } from './money.ts';
import { issueAt } from './refusals.ts';
import { postSystemEntry, systemJournal } from './system-entry.ts';

/** The retained-earnings account: the one in the settings, else the single active account of that subtype. */
async function retainedEarnings(db: CompanyDb): Promise<string> {
  const set = (await getLedgerSettings(db)).retainedEarningsAccountId;
  if (set) return set;
  const found = await typed(db)
    .selectFrom('ledger_account')
    .select('id')
    .where('subtype', '=', 'retained_earnings')
    .where('postable', '=', 1)
    .where('active', '=', 1)
    .execute();
  if (found.length === 1) return found[0].id;
  throw new AppError('VALIDATION', 'No retained-earnings account', [
    issueAt('retainedEarningsAccountId', 'ledger.retained_earnings_count', { count: found.length }),
  ]);
}

/**
 * Year-end close: one entry on the fiscal year's last day bringing every income and expense
 * balance (per account, currency and dimension set) to zero, against retained earnings — one line
 * per currency, so each currency and the base still balance. Balances are cumulative as of that
 * day, so a year left unclosed is swept up by the next close and a second run finds nothing. The
 * entry is recorded in `ledger_year_end`: income statements leave its lines out.
 */
export async function yearEndClose(db: CompanyDb, call: LedgerCall, input: YearEndInput): Promise<SystemEntryResult> {
  const y = yearEndInputSchema.parse(input);
  const company = await companyFacts(db, call.actor);
  const date = periodsOfFiscalYear(y.fiscalYear, company.fiscalYearStartMonth)[11].endDate;
  return inTransaction(db, async (trx) => {
    const balances = await balancesByDims(trx, date, ['income', 'expense']);
    if (balances.length === 0) return { entry: null };
    const re = await retainedEarnings(trx);
    const units = await minorUnits(trx, [company.baseCurrency, ...balances.map((b) => b.currency)]);
    const u = (c: string) => units.get(c) ?? 2;
    const rateOf = (c: string, amount: bigint, base: bigint) =>
      c === company.baseCurrency ? '1' : amount === 0n ? '0' : impliedRate(amount, u(c), base, u(company.baseCurrency));
    const lines: MinorLine[] = balances.map((b) => ({
      accountId: b.accountId,
      currency: b.currency,
      amount: -b.amount,
      baseAmount: -b.base,
      rate: rateOf(b.currency, b.amount, b.base),
      memo: null,
      dims: b.dims,
    }));
    const perCurrency = new Map<string, { amount: bigint; base: bigint }>();
    for (const b of balances) {
      const s = perCurrency.get(b.currency) ?? { amount: 0n, base: 0n };
      s.amount += b.amount;
      s.base += b.base;
      perCurrency.set(b.currency, s);
    }
    for (const [currency, s] of [...perCurrency.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (s.amount === 0n && s.base === 0n) continue;
      lines.push({
        accountId: re,
        currency,
        amount: s.amount,
        baseAmount: s.base,
        rate: rateOf(currency, s.amount, s.base),
        memo: `Result of fiscal year ${y.fiscalYear}`,
      });
    }
    const journal = await systemJournal(trx, y.journalId);
    const posted = await postSystemEntry(trx, call, company, {
      journalId: journal.id,
      date,
      memo: `Year-end close of fiscal year ${y.fiscalYear}`,
      reference: `YEAR-END/${y.fiscalYear}`,
      lines,
    });
    await typed(trx)
      .insertInto('ledger_year_end')
      .values({ id: newId(), fiscal_year: BigInt(y.fiscalYear), entry_id: posted.id, created_at: call.clock.now().toISOString() } as never)
      .execute();
    return { entry: await loadEntryView(trx, posted.id, company.baseCurrency) };
  });
}

/** The closing entries of a fiscal year: an income statement for the year leaves their lines out. */
export async function closingEntryIds(db: CompanyDb, fiscalYear: number): Promise<string[]> {
  const rows = await typed(db).selectFrom('ledger_year_end').select('entry_id').where('fiscal_year', '=', BigInt(fiscalYear)).execute();
  return rows.map((r) => r.entry_id);
}
