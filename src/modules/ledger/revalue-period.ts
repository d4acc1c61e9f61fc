import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { balancesByDims } from './close.repository.ts';
import { type SystemEntryInput, type SystemEntryResult, systemEntryInputSchema } from './close.schemas.ts';
import { minorUnits } from './currencies.repository.ts';
import { loadEntryView } from './entry-view.ts';
import { ratesOn } from './exchange-rates.repository.ts';
import type { Issue, MinorLine } from './journal-entry.ts';
import { companyFacts, type LedgerCall } from './ledger-db.ts';
import { getLedgerSettings } from './ledger-settings.repository.ts';
import { convert } from './money.ts';
import { findPeriod } from './periods.repository.ts';
import { issueAt } from './refusals.ts';
import { postSystemEntry, systemJournal } from './system-entry.ts';

/**
 * Revalue foreign-currency balances at period end. Every asset and liability balance in a foreign
 * currency (per account and dimension set) is brought to its value at the rate in force on the
 * period's last day; the difference is a line on that account with amount 0 in its currency and
 * the difference in base, against the configured unrealised gain (net gains) and loss (net losses)
 * accounts. Posted through the normal posting path, dated the period's end, so the period must be
 * open. The result is cumulative: the base a previous revaluation added counts, so a second run
 * finds nothing to post, and there is no reversal to remember next period.
 */
export async function revaluePeriod(db: CompanyDb, call: LedgerCall, periodId: string, input: SystemEntryInput = {}): Promise<SystemEntryResult> {
  const opts = systemEntryInputSchema.parse(input);
  const company = await companyFacts(db, call.actor);
  return inTransaction(db, async (trx) => {
    const period = await findPeriod(trx, periodId);
    if (!period) throw new AppError('NOT_FOUND');
    const date = period.end_date;
    const settings = await getLedgerSettings(trx);
    const balances = (await balancesByDims(trx, date, ['asset', 'liability'])).filter((b) => b.currency !== company.baseCurrency);
    if (balances.length === 0) return { entry: null };
    const issues: Issue[] = [];
    if (!settings.fxGainAccountId) issues.push(issueAt('fxGainAccountId', 'ledger.revalue_no_gain_account'));
    if (!settings.fxLossAccountId) issues.push(issueAt('fxLossAccountId', 'ledger.revalue_no_loss_account'));
    const rates = await ratesOn(
      trx,
      balances.map((b) => b.currency),
      date,
    );
    for (const c of new Set(balances.map((b) => b.currency))) {
      if (!rates.has(c)) issues.push(issueAt(`rates.${c}`, 'ledger.revalue_no_rate', { currency: c, date }));
    }
    if (issues.length) throw new AppError('VALIDATION', 'The period cannot be revalued', issues);
    const units = await minorUnits(trx, [company.baseCurrency, ...balances.map((b) => b.currency)]);
    const u = (c: string) => units.get(c) ?? 2;
    const lines: MinorLine[] = [];
    // Gains and losses per currency: an entry balances per currency as well as in base, so the
    // offsets too are lines in the foreign currency with amount 0 and the difference in base.
    const net = new Map<string, { gains: bigint; losses: bigint; rate: string }>();
    for (const b of balances) {
      const rate = (rates.get(b.currency) as { rate: string }).rate;
      const diff = convert(b.amount, u(b.currency), rate, u(company.baseCurrency)) - b.base;
      if (diff === 0n) continue;
      const n = net.get(b.currency) ?? { gains: 0n, losses: 0n, rate };
      if (diff > 0n) n.gains += diff;
      else n.losses -= diff;
      net.set(b.currency, n);
      lines.push({ accountId: b.accountId, currency: b.currency, amount: 0n, baseAmount: diff, rate, memo: `Revaluation at ${rate}`, dims: b.dims });
    }
    if (lines.length === 0) return { entry: null };
    const base = company.baseCurrency;
    for (const [currency, n] of [...net.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const common = { currency, amount: 0n, rate: n.rate };
      if (n.gains)
        lines.push({ ...common, accountId: settings.fxGainAccountId as string, baseAmount: -n.gains, memo: `Unrealised exchange gain on ${currency}` });
      if (n.losses)
        lines.push({ ...common, accountId: settings.fxLossAccountId as string, baseAmount: n.losses, memo: `Unrealised exchange loss on ${currency}` });
    }
    const journal = await systemJournal(trx, opts.journalId);
    const posted = await postSystemEntry(trx, call, company, {
      journalId: journal.id,
      date,
      memo: `Revaluation of foreign-currency balances at ${date}`,
      reference: `REVAL/${date}`,
      lines,
    });
    return { entry: await loadEntryView(trx, posted.id, base) };
  });
}
