import type { ErrorDetail } from '../../platform/errors.ts';
import { fromMinor } from './money.ts';
import { issueAt, reason } from './refusals.ts';

/**
 * Pure rules of a journal entry: no I/O. Amounts are signed minor units, debit positive and credit
 * negative, so an entry balances when, for every currency, its amounts sum to zero.
 */
export interface MinorLine {
  accountId: string;
  currency: string;
  amount: bigint;
  /** The same line in the company's base currency. */
  baseAmount: bigint;
  rate: string;
  memo: string | null;
  /** Dimension values by slot (1…3); absent or null where the line has none. */
  dims?: DimSet;
}

/** A line's dimension values by slot: `[dim1, dim2, dim3]`, null for none. */
export type DimSet = readonly [string | null, string | null, string | null];
export const NO_DIMS: DimSet = [null, null, null];
export const hasDims = (d: DimSet | undefined) => !!d && d.some((v) => v !== null);

/** One refusal, naming the field at fault (`lines.2.accountId`), with its reason code and params. */
export type Issue = ErrorDetail;

export interface Imbalance extends Issue {
  currency: string;
  /** True for the balance in the company's base currency. */
  base: boolean;
  debit: string;
  credit: string;
  difference: string;
}

export interface AccountFacts {
  id: string;
  code: string;
  postable: boolean;
  active: boolean;
  currency: string | null;
}

/**
 * What must hold of each line before posting: at least two lines; each on a postable, active account
 * of this company (the caller only finds accounts of the acting company); in the account's currency
 * when it is restricted to one; and carrying an amount.
 */
export function lineIssues(lines: MinorLine[], accounts: ReadonlyMap<string, AccountFacts>): Issue[] {
  const issues: Issue[] = [];
  if (lines.length < 2) issues.push(issueAt('lines', 'ledger.entry_two_lines'));
  lines.forEach((line, i) => {
    const account = accounts.get(line.accountId);
    if (!account) {
      issues.push(issueAt(`lines.${i}.accountId`, 'ledger.account_not_found'));
      return;
    }
    if (!account.postable) {
      issues.push(issueAt(`lines.${i}.accountId`, 'ledger.account_grouping', { account: account.code }));
    }
    if (!account.active) issues.push(issueAt(`lines.${i}.accountId`, 'ledger.account_archived', { account: account.code }));
    if (account.currency && account.currency !== line.currency) {
      issues.push(issueAt(`lines.${i}.currency`, 'ledger.account_currency_only', { account: account.code, currency: account.currency }));
    }
    if (line.amount === 0n && line.baseAmount === 0n) issues.push(issueAt(`lines.${i}`, 'ledger.zero_line'));
  });
  return issues;
}

/**
 * Every currency whose debits and credits differ, then the base currency if the base amounts do not
 * sum to zero (checked when a line is in a foreign currency). Empty when the entry balances. Plain
 * loops: a bulk posting runs this for every entry of a batch.
 */
export function findImbalances(lines: MinorLine[], baseCurrency: string, unitsOf: (currency: string) => number): Imbalance[] {
  const out: Imbalance[] = [];
  const report = (currency: string, debit: bigint, credit: bigint, base: boolean) => {
    if (debit === credit) return;
    const u = unitsOf(currency);
    const [d, c, diff] = [fromMinor(debit, u), fromMinor(credit, u), fromMinor(debit - credit, u)];
    const why = reason(base ? 'ledger.unbalanced_base' : 'ledger.unbalanced', { currency, debit: d, credit: c });
    out.push({ path: 'lines', currency, base, debit: d, credit: c, difference: diff, ...why });
  };
  const totals = new Map<string, { debit: bigint; credit: bigint }>();
  let foreign = false;
  for (const l of lines) {
    let t = totals.get(l.currency);
    if (!t) {
      t = { debit: 0n, credit: 0n };
      totals.set(l.currency, t);
    }
    if (l.amount > 0n) t.debit += l.amount;
    else t.credit -= l.amount;
    if (l.currency !== baseCurrency) foreign = true;
  }
  const currencies = totals.size === 1 ? totals.keys() : [...totals.keys()].sort();
  for (const currency of currencies) {
    const t = totals.get(currency) as { debit: bigint; credit: bigint };
    report(currency, t.debit, t.credit, false);
  }
  // With every line in the base currency the base check would repeat the one above.
  if (foreign) {
    let debit = 0n;
    let credit = 0n;
    for (const l of lines) {
      if (l.baseAmount > 0n) debit += l.baseAmount;
      else credit -= l.baseAmount;
    }
    report(baseCurrency, debit, credit, true);
  }
  return out;
}

/** A reversal carries the same lines with every amount negated. */
export function mirrorLines(lines: MinorLine[]): MinorLine[] {
  return lines.map((l) => ({ ...l, amount: -l.amount, baseAmount: -l.baseAmount }));
}
