import { hash } from 'node:crypto';
import { AmountError, decimalToMinor } from './bank-amount.ts';
import type { ParsedFile, ParsedLine, ParsedStatement } from './parsers/parsed-statement.ts';

/** Pure rules of a statement import: exact amounts, the balance check, each line's unique key. */
export interface Issue {
  where: string;
  message: string;
}

export interface PreparedLine extends Omit<ParsedLine, 'amount'> {
  amount: bigint;
  key: string;
}

export interface PreparedStatement extends Omit<ParsedStatement, 'opening' | 'closing' | 'lines' | 'from' | 'to'> {
  opening: bigint | null;
  closing: bigint | null;
  from: string;
  to: string;
  lines: PreparedLine[];
  credits: bigint;
  debits: bigint;
  /** closing − (opening + lines) when both balances are stated; 0n means the statement adds up. */
  difference: bigint | null;
  key: string;
}

export interface BankAccountFacts {
  id: string;
  currency: string;
  iban: string | null;
  accountNumber: string | null;
}

const sha256 = (text: string) => hash('sha256', text, 'hex');
// text that is printable ASCII with single inner spaces is normal already but for its case
const NORMAL = /^(?:[!-~]+ )*[!-~]+$/;
const norm = (s: string) => (NORMAL.test(s) ? s.toLowerCase() : s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase());
const compact = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

/**
 * A line's unique key within its bank account: the bank's own reference where the file gives one,
 * else a fingerprint of date, amount, text and its ordinal among identical lines that day, so two
 * identical coffees on one day stay two lines and a re-import of either statement finds both.
 */
export function lineKeys(lines: { bookingDate: string; amount: bigint; text: string; bankRef: string | null }[]): string[] {
  const key = lineKeyMaker();
  return lines.map((l) => key(l.bookingDate, l.amount, l.text, l.bankRef));
}

/** `lineKeys` one line at a time, in file order (the ordinals count the lines given so far). */
function lineKeyMaker(): (bookingDate: string, amount: bigint, text: string, bankRef: string | null) => string {
  const seen = new Map<string, number>();
  return (bookingDate, amount, text, bankRef) => {
    if (bankRef) return `ref:${bankRef}`;
    const base = `${bookingDate}\u0000${amount}\u0000${norm(text)}`;
    const ordinal = (seen.get(base) ?? 0) + 1;
    seen.set(base, ordinal);
    return `fp:${sha256(`${base}\u0000${ordinal}`)}`;
  };
}

/** Whether the account a file names is this bank account (IBAN, or an account number inside it). */
export function sameAccount(named: string | null, account: BankAccountFacts): boolean {
  if (!named) return true;
  const n = compact(named);
  const mine = [account.iban, account.accountNumber].filter((x): x is string => !!x).map(compact);
  return mine.some((m) => n === m || n.endsWith(m) || m.endsWith(n) || n.includes(`/${m}`));
}

/** Every statement of a file, in minor units and checked against the bank account; issues name where. */
export function prepareStatements(file: ParsedFile, account: BankAccountFacts, minorUnits: number): { statements: PreparedStatement[]; issues: Issue[] } {
  const issues: Issue[] = [];
  // the common canonical amount with exactly the currency's decimals ("-1234.50"): its digits are the
  // minor units (one exact BigInt from the digits); anything else through decimalToMinor
  const exact = minorUnits > 0 ? new RegExp(`^-?\\d{1,30}\\.\\d{${minorUnits}}$`) : null;
  const minor = (text: string, where: string) => {
    if (exact?.test(text)) return BigInt(text.replace('.', ''));
    try {
      return decimalToMinor(text, minorUnits);
    } catch (err) {
      if (err instanceof AmountError) {
        issues.push({ where, message: err.message });
        return 0n;
      }
      throw err;
    }
  };
  const statements = file.statements.map((s) => {
    if (s.currency && s.currency !== account.currency)
      issues.push({ where: s.source, message: `the statement is in ${s.currency}, the bank account in ${account.currency}` });
    if (!sameAccount(s.account, account)) issues.push({ where: s.source, message: `the statement is for account ${s.account}, not this bank account` });
    // one pass: each line's minor units and key, the credits and debits, the first and last dates
    const key = lineKeyMaker();
    const prepared = new Array<PreparedLine>(s.lines.length);
    const keys = new Array<string>(s.lines.length);
    let credits = 0n;
    let debits = 0n;
    let first: string | undefined;
    let last: string | undefined;
    for (let i = 0; i < s.lines.length; i++) {
      const l = s.lines[i];
      const amount = minor(l.amount, l.source);
      keys[i] = key(l.bookingDate, amount, l.text, l.bankRef);
      prepared[i] = {
        bookingDate: l.bookingDate,
        valueDate: l.valueDate,
        amount,
        text: l.text,
        bankRef: l.bankRef,
        entryRef: l.entryRef,
        endToEndId: l.endToEndId,
        counterparty: l.counterparty,
        source: l.source,
        key: keys[i],
      };
      if (amount > 0n) credits += amount;
      else if (amount < 0n) debits -= amount;
      if (first === undefined || l.bookingDate < first) first = l.bookingDate;
      if (last === undefined || l.bookingDate > last) last = l.bookingDate;
    }
    const opening = s.opening ? minor(s.opening.amount, `${s.source} opening balance`) : null;
    const closing = s.closing ? minor(s.closing.amount, `${s.source} closing balance`) : null;
    const difference = opening !== null && closing !== null ? closing - (opening + credits - debits) : null;
    const from = s.from ?? s.opening?.date ?? first ?? s.closing?.date;
    const to = s.to ?? s.closing?.date ?? last ?? from;
    if (!from || !to) issues.push({ where: s.source, message: 'the statement has neither lines nor dated balances' });
    return {
      reference: s.reference,
      account: s.account,
      currency: s.currency ?? account.currency,
      source: s.source,
      opening,
      closing,
      from: from ?? '',
      to: to ?? '',
      lines: prepared,
      credits,
      debits,
      difference,
      key: sha256(JSON.stringify([s.reference, from, to, opening?.toString() ?? null, closing?.toString() ?? null, keys])),
    };
  });
  return { statements, issues };
}

/** Statements that state both balances must add up: opening + lines = closing. */
export function balanceIssues(statements: PreparedStatement[], format: (minor: bigint) => string): Issue[] {
  return statements
    .filter((s) => s.difference !== null && s.difference !== 0n)
    .map((s) => ({
      where: s.source,
      message: `opening ${format(s.opening ?? 0n)} + lines ${format(s.credits - s.debits)} ≠ closing ${format(s.closing ?? 0n)} (difference ${format(s.difference ?? 0n)})`,
    }));
}
