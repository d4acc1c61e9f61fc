import { toMinorLines } from '../entry-lines.ts';
import type { ImportIssue } from '../import/import-report.ts';
import { findImbalances, type MinorLine } from '../journal-entry.ts';
import type { LineInput } from '../ledger.schemas.ts';
import { convert, fromMinor, MoneyError, toMinor } from '../money.ts';
import type { BatchEntry } from '../post-batch.ts';
import { type LedgerRefusal, type Reason, reason, rowIssue } from '../refusals.ts';
import { currencyOf } from './hledger-amount.ts';
import type { HTransaction } from './hledger-parse.ts';

export interface HledgerContext {
  base: string;
  units: Map<string, number>;
  journalId: string;
  /** Account path → id; during validation, a placeholder for paths still to be created. */
  accountId(path: string): string;
  dateRefusal(date: string): Reason | null;
  /** The company's exchange rate (or the file's `P` price) in force on a date: the latest on or before it. */
  rateOn(currency: string, date: string): string | undefined;
}

/** hledger's own name (`--infer-equity`) for the account that takes one side of a conversion. */
export const conversionAccount = (from: string, to: string, side: string) => `equity:conversion:${[from, to].sort().join('-')}:${side}`;

/**
 * One hledger transaction as a Kawalis entry. A foreign amount states its base value with `@ rate` or
 * `@@ total` in the base currency, or else takes the company's dated rate (or the file's `P` price)
 * on the transaction's date. The posting without an amount takes what balances each commodity, a
 * priced amount counting at its cost in the base currency (as hledger infers it); one line per
 * currency. Where priced amounts leave a currency unbalanced (hledger balances a transaction at
 * cost), each priced posting gets the pair of conversion postings hledger's `--infer-equity` writes,
 * so the entry balances per currency as every Kawalis entry must. Errors name the line of the file.
 * `accounts` lists the conversion accounts the entry uses.
 */
export function convertTransaction(t: HTransaction, cx: HledgerContext): { entry?: BatchEntry; issues: ImportIssue[]; accounts: string[] } {
  const issues: ImportIssue[] = [];
  const fail = (line: number, column: string, code: LedgerRefusal, params?: Record<string, string | number>) =>
    issues.push(rowIssue(line, column, reason(code, params)));
  const refusal = cx.dateRefusal(t.date);
  if (refusal) issues.push(rowIssue(t.line, 'date', refusal));
  if (t.description.length > 500) fail(t.line, 'description', 'ledger.import_max_chars', { max: 500 });
  if ((t.code ?? '').length > 100) fail(t.line, 'code', 'ledger.import_max_chars', { max: 100 });
  const inputs: LineInput[] = [];
  const lines: number[] = [];
  /** Per commodity, what the inferred posting must balance: priced amounts count at their cost in the base currency. */
  const sums = new Map<string, bigint>();
  const add = (currency: string, minor: bigint) => sums.set(currency, (sums.get(currency) ?? 0n) + minor);
  /** Priced postings, by index in `inputs`, for the conversion postings. */
  const priced: number[] = [];
  let elided: (typeof t.postings)[number] | undefined;
  const baseUnits = cx.units.get(cx.base) as number;
  for (const p of t.postings) {
    if (!p.amount) {
      elided = p;
      continue;
    }
    const currency = currencyOf(p.amount.commodity, cx.base, (c) => cx.units.has(c));
    if (!currency) {
      fail(p.line, 'amount', 'ledger.hledger_unknown_commodity', { commodity: p.amount.commodity });
      continue;
    }
    const units = cx.units.get(currency) as number;
    let minor: bigint;
    try {
      minor = toMinor(p.amount.quantity, units);
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      issues.push(rowIssue(p.line, 'amount', err.reason));
      continue;
    }
    const abs = p.amount.quantity.replace(/^-/, '');
    const line: LineInput = {
      accountId: cx.accountId(p.account),
      ...(minor < 0n ? { credit: abs } : { debit: abs }),
      currency,
      memo: p.memo?.slice(0, 500) ?? undefined,
    };
    if (p.cost && currency !== cx.base) {
      if (currencyOf(p.cost.amount.commodity, cx.base, (c) => cx.units.has(c)) !== cx.base) {
        fail(p.line, 'amount', 'ledger.hledger_price_not_base', { base: cx.base });
        continue;
      }
      const price = p.cost.amount.quantity.replace(/^-/, '');
      try {
        const cost = p.cost.total ? toMinor(price, baseUnits) * (minor < 0n ? -1n : 1n) : convert(minor, units, price, baseUnits);
        add(cx.base, cost);
      } catch (err) {
        if (!(err instanceof MoneyError)) throw err;
        issues.push(rowIssue(p.line, 'amount', err.reason));
        continue;
      }
      Object.assign(line, p.cost.total ? { baseAmount: price } : { rate: price });
      priced.push(inputs.length);
    } else add(currency, minor);
    inputs.push(line);
    lines.push(p.line);
  }
  if (elided) {
    for (const [currency, sum] of [...sums.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (sum === 0n) continue;
      const abs = fromMinor(sum < 0n ? -sum : sum, cx.units.get(currency) as number);
      inputs.push({ accountId: cx.accountId(elided.account), ...(sum > 0n ? { credit: abs } : { debit: abs }), currency, memo: elided.memo ?? undefined });
      lines.push(elided.line);
    }
  }
  const converted = toMinorLines(inputs, {
    base: cx.base,
    units: (c) => cx.units.get(c),
    rateOn: (c) => {
      const rate = cx.rateOn(c, t.date);
      return rate ? { rate, date: t.date } : undefined;
    },
    date: t.date,
  });
  for (const i of converted.issues) issues.push(rowIssue(lines[Number(i.path.split('.')[1])] ?? t.line, 'amount', i as Reason));
  if (issues.length) return { issues, accounts: [] };
  let all = converted.lines;
  const accounts: string[] = [];
  if (priced.length && findImbalances(all, cx.base, (c) => cx.units.get(c) ?? 2).some((i) => !i.base)) {
    const extra: MinorLine[] = [];
    for (const n of priced) {
      const l = all[n];
      const [own, base] = [conversionAccount(l.currency, cx.base, l.currency), conversionAccount(l.currency, cx.base, cx.base)];
      accounts.push(own, base);
      extra.push({ ...l, accountId: cx.accountId(own), amount: -l.amount, baseAmount: -l.baseAmount, memo: null });
      extra.push({ ...l, accountId: cx.accountId(base), currency: cx.base, amount: l.baseAmount, baseAmount: l.baseAmount, rate: '1', memo: null });
    }
    all = [...all, ...extra];
  }
  // A zero posting changes no balance (hledger shows none for it); Kawalis stores no zero lines.
  const kept = all.filter((l) => l.amount !== 0n || l.baseAmount !== 0n);
  if (kept.length < 2) fail(t.line, 'postings', 'ledger.hledger_two_postings');
  for (const imbalance of findImbalances(kept, cx.base, (c) => cx.units.get(c) ?? 2)) {
    fail(t.line, 'amount', 'ledger.hledger_unbalanced', { detail: imbalance.message });
  }
  if (issues.length) return { issues, accounts: [] };
  return { issues, accounts, entry: { journalId: cx.journalId, date: t.date, memo: t.description || null, reference: t.code, lines: kept } };
}
