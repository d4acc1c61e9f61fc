import { ApiError } from '../../lib/api-error';
import { errorRefusal, type Refusal } from '../../lib/refusal-text';
import { convertMinor, fromMinor, normalizeAmountInput, parseAmount } from './money';
import type { Entry, EntryInput, Imbalance, Issue, LineInput } from './types';

/**
 * The entry form's state and its pure rules: which lines are sent, the running imbalance per
 * currency (BigInt minor units), client checks worded as translation keys, and the server's
 * refusals (which name lines by their index in what was sent) mapped back to the rows on screen.
 */
export type LineDraft = { key: string; accountId: string; memo: string; debit: string; credit: string; currency: string; rate: string };
export type EntryDraft = { journalId: string; date: string; reference: string; memo: string; lines: LineDraft[] };

/**
 * Field errors by path (`journalId`, `lines.3.debit` with 3 the row on screen) and the rest: a
 * client check as a `ledger.form.errors.*` key, or the server's refusal (code, params, message).
 */
export type FieldError = string | Refusal;
export type FormErrors = { fields: Record<string, FieldError>; general: FieldError[]; imbalances: Imbalance[] };
export const noErrors: FormErrors = { fields: {}, general: [], imbalances: [] };

let counter = 0;
export const newLine = (currency: string): LineDraft => ({ key: `l${++counter}`, accountId: '', memo: '', debit: '', credit: '', currency, rate: '' });

export const isBlank = (l: LineDraft): boolean => !l.accountId && !l.debit.trim() && !l.credit.trim() && !l.memo.trim();

export function draftFromEntry(entry: Entry): EntryDraft {
  return {
    journalId: entry.journalId,
    date: entry.date,
    reference: entry.reference ?? '',
    memo: entry.memo ?? '',
    lines: entry.lines.map((l) => ({
      key: `l${++counter}`,
      accountId: l.accountId,
      memo: l.memo ?? '',
      debit: l.debit ?? '',
      credit: l.credit ?? '',
      currency: l.currency,
      rate: l.rate === '1' ? '' : l.rate,
    })),
  };
}

/** The request body and, for each line sent, the row it came from (blank rows are not sent). */
export function toPayload(draft: EntryDraft, baseCurrency: string): { input: EntryInput; rows: number[] } {
  const rows: number[] = [];
  const lines: LineInput[] = [];
  draft.lines.forEach((l, row) => {
    if (isBlank(l)) return;
    rows.push(row);
    const debit = normalizeAmountInput(l.debit);
    const credit = normalizeAmountInput(l.credit);
    lines.push({
      accountId: l.accountId,
      ...(debit ? { debit } : {}),
      ...(credit ? { credit } : {}),
      currency: l.currency,
      ...(l.currency !== baseCurrency && l.rate.trim() ? { rate: normalizeAmountInput(l.rate) } : {}),
      ...(l.memo.trim() ? { memo: l.memo.trim() } : {}),
    });
  });
  const input: EntryInput = { journalId: draft.journalId, date: draft.date, lines };
  if (draft.memo.trim()) input.memo = draft.memo.trim();
  if (draft.reference.trim()) input.reference = draft.reference.trim();
  return { input, rows };
}

export type CurrencyBalance = { currency: string; base: boolean; debit: string; credit: string; difference: string; balanced: boolean };

/**
 * Debits and credits per currency of what can be read so far, exact in minor units; plus the base
 * currency when a line is foreign and every foreign line has a usable rate.
 */
export function runningBalances(lines: LineDraft[], baseCurrency: string, unitsOf: (code: string) => number): CurrencyBalance[] {
  const sums = new Map<string, { debit: bigint; credit: bigint }>();
  const base = { debit: 0n, credit: 0n };
  let foreign = false;
  let baseKnown = true;
  for (const l of lines) {
    const units = unitsOf(l.currency);
    const debit = parseAmount(normalizeAmountInput(l.debit), units);
    const credit = parseAmount(normalizeAmountInput(l.credit), units);
    const s = sums.get(l.currency) ?? { debit: 0n, credit: 0n };
    if (debit.ok) s.debit += debit.minor;
    if (credit.ok) s.credit += credit.minor;
    if (debit.ok || credit.ok || sums.has(l.currency) || l.accountId) sums.set(l.currency, s);
    if (l.currency === baseCurrency) {
      if (debit.ok) base.debit += debit.minor;
      if (credit.ok) base.credit += credit.minor;
      continue;
    }
    if (!debit.ok && !credit.ok) continue;
    foreign = true;
    const converted = (m: bigint) => convertMinor(m, units, normalizeAmountInput(l.rate), unitsOf(baseCurrency));
    const d = debit.ok ? converted(debit.minor) : 0n;
    const c = credit.ok ? converted(credit.minor) : 0n;
    if (d === null || c === null) baseKnown = false;
    else {
      base.debit += d;
      base.credit += c;
    }
  }
  if (sums.size === 0) sums.set(baseCurrency, { debit: 0n, credit: 0n });
  const row = (currency: string, s: { debit: bigint; credit: bigint }, isBase: boolean): CurrencyBalance => {
    const u = unitsOf(currency);
    return {
      currency,
      base: isBase,
      debit: fromMinor(s.debit, u),
      credit: fromMinor(s.credit, u),
      difference: fromMinor(s.debit - s.credit, u),
      balanced: s.debit === s.credit,
    };
  };
  const out = [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, s]) => row(c, s, false));
  if (foreign && baseKnown) out.push(row(baseCurrency, base, true));
  return out;
}

/** Client checks before sending, as `ledger.form.errors.*` keys against the row and field. */
export function checkDraft(draft: EntryDraft, unitsOf: (code: string) => number, forPosting: boolean): FormErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!draft.journalId) fields.journalId = 'ledger.form.errors.journalRequired';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) fields.date = 'ledger.form.errors.dateRequired';
  let sent = 0;
  draft.lines.forEach((l, row) => {
    if (isBlank(l)) return;
    sent++;
    if (!l.accountId) fields[`lines.${row}.accountId`] = 'ledger.form.errors.accountRequired';
    const debit = normalizeAmountInput(l.debit);
    const credit = normalizeAmountInput(l.credit);
    if (debit && credit) fields[`lines.${row}.credit`] = 'ledger.form.errors.oneSide';
    else if (!debit && !credit) fields[`lines.${row}.debit`] = 'ledger.form.errors.amountRequired';
    for (const [side, text] of [
      ['debit', debit],
      ['credit', credit],
    ] as const) {
      if (!text) continue;
      const parsed = parseAmount(text, unitsOf(l.currency));
      if (!parsed.ok) fields[`lines.${row}.${side}`] = parsed.reason === 'decimals' ? 'ledger.form.errors.decimals' : 'ledger.form.errors.amount';
    }
    // A foreign line without a rate is left to the server: it may know the rate of the entry's date.
  });
  if (forPosting && sent < 2) general.push('ledger.form.errors.twoLines');
  return { fields, general, imbalances: [] };
}

const CELLS = ['accountId', 'memo', 'debit', 'credit', 'currency', 'rate'];
const LINE_PATH = /^lines\.(\d+)(?:\.(\w+))?$/;

/** The server's refusal against the rows on screen: `lines.2.accountId` names the third line sent. */
export function serverErrors(error: unknown, rows: number[]): FormErrors {
  const out: FormErrors = { fields: {}, general: [], imbalances: [] };
  if (!(error instanceof ApiError)) return out;
  if (error.code === 'UNBALANCED' && Array.isArray(error.details)) {
    out.imbalances = error.details as Imbalance[];
    return out;
  }
  if (error.code === 'PERIOD_LOCKED') {
    out.fields.date = errorRefusal(error) ?? 'ledger.form.errors.periodLocked';
    return out;
  }
  const issues: Issue[] = Array.isArray(error.details) ? (error.details as Issue[]).filter((d) => typeof d?.path === 'string') : [];
  for (const issue of issues) {
    const m = LINE_PATH.exec(issue.path);
    if (m) {
      const row = rows[Number(m[1])] ?? Number(m[1]);
      const field = m[2] === 'baseAmount' ? 'rate' : CELLS.includes(m[2] ?? '') ? m[2] : 'debit';
      out.fields[`lines.${row}.${field}`] = issue;
    } else if (['journalId', 'date', 'memo', 'reference'].includes(issue.path)) out.fields[issue.path] = issue;
    else out.general.push(issue);
  }
  return out;
}
