import { daysInMonth, monthOf, monthStart } from '../fiscal-calendar.ts';

/**
 * Date arithmetic for reports, on `YYYY-MM-DD` text and `YYYY-MM` month keys, in UTC calendar terms
 * (accounting dates carry no time zone).
 */
const pad = (n: number) => String(n).padStart(2, '0');
const parts = (date: string) => [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))] as const;

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `2026-02` → `2026-02-28`. */
export function monthEnd(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${pad(daysInMonth(y, m))}`;
}

export function addMonthsToMonth(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** Shift a date by whole months; a month end stays a month end, a day past the new month's end is clamped. */
export function addMonths(date: string, n: number): string {
  const month = addMonthsToMonth(monthOf(date), n);
  const end = monthEnd(month);
  if (date === monthEnd(monthOf(date))) return end;
  const day = pad(Math.min(parts(date)[2], Number(end.slice(8, 10))));
  return `${month}-${day}`;
}

export const isMonthStart = (date: string) => date.endsWith('-01');
export const isMonthEnd = (date: string) => date === monthEnd(monthOf(date));

/** Months from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 1200; m = addMonthsToMonth(m, 1)) out.push(m);
  return out;
}

/**
 * How to sum the lines dated `from`…`to` (inclusive; no `from`: since the beginning) cheaply: whole
 * calendar months come from the balances kept at posting, and only the partial months at the edges
 * are summed from the lines themselves.
 */
export interface RangeSplit {
  /** Whole months to read from kept balances (`fromMonth` absent: every month up to `toMonth`). */
  months?: { fromMonth?: string; toMonth: string };
  /** Date ranges to sum from the lines (at most two). */
  lineRanges: { from: string; to: string }[];
  /** Single months whose kept balance is added, less `minusRanges` of their lines (see `cheaperEdges`). */
  extraMonths?: string[];
  minusRanges?: { from: string; to: string }[];
}

const daysIn = (r: { from: string; to: string }) => Math.round((Date.parse(r.to) - Date.parse(r.from)) / 86_400_000) + 1;

/**
 * An edge range covering most of its month is cheaper as the month's kept balance minus the lines of
 * the rest of the month: at most half a month of lines is ever read per edge.
 */
export function cheaperEdges(split: RangeSplit): RangeSplit {
  const out: RangeSplit = { months: split.months, lineRanges: [], extraMonths: [], minusRanges: [] };
  for (const r of split.lineRanges) {
    const month = monthOf(r.from);
    const whole = { from: monthStart(r.from), to: monthEnd(month) };
    if (daysIn(whole) - daysIn(r) >= daysIn(r)) {
      out.lineRanges.push(r);
      continue;
    }
    out.extraMonths?.push(month);
    if (r.from > whole.from) out.minusRanges?.push({ from: whole.from, to: addDays(r.from, -1) });
    if (r.to < whole.to) out.minusRanges?.push({ from: addDays(r.to, 1), to: whole.to });
  }
  return out;
}

export function splitRange(from: string | undefined, to: string): RangeSplit {
  if (from !== undefined && from > to) return { lineRanges: [] };
  const toMonth = monthOf(to);
  const lastWhole = isMonthEnd(to) ? toMonth : addMonthsToMonth(toMonth, -1);
  const tail = isMonthEnd(to) ? undefined : { from: monthStart(to), to };
  if (from === undefined) return { months: { toMonth: lastWhole }, lineRanges: tail ? [tail] : [] };
  const fromMonth = monthOf(from);
  if (fromMonth === toMonth) {
    if (isMonthStart(from) && isMonthEnd(to)) return { months: { fromMonth, toMonth }, lineRanges: [] };
    return { lineRanges: [{ from, to }] };
  }
  const firstWhole = isMonthStart(from) ? fromMonth : addMonthsToMonth(fromMonth, 1);
  const head = isMonthStart(from) ? undefined : { from, to: monthEnd(fromMonth) };
  const lineRanges = [head, tail].filter((r): r is { from: string; to: string } => r !== undefined);
  return firstWhole <= lastWhole ? { months: { fromMonth: firstWhole, toMonth: lastWhole }, lineRanges } : { lineRanges };
}

/**
 * The comparison ranges of a period: the period of the same length just before it (whole months
 * when it spans whole months, else the same number of days), and the same dates a year earlier.
 */
export function comparisonRanges(from: string, to: string) {
  let previous: { from: string; to: string };
  if (isMonthStart(from) && isMonthEnd(to)) {
    const months = monthsBetween(monthOf(from), monthOf(to)).length;
    previous = { from: addMonths(from, -months), to: monthEnd(addMonthsToMonth(monthOf(from), -1)) };
  } else {
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    previous = { from: addDays(from, -days), to: addDays(from, -1) };
  }
  return { previous, lastYear: { from: addMonths(from, -12), to: addMonths(to, -12) } };
}

/** Comparison dates of a balance: one month earlier and one year earlier (month ends stay month ends). */
export const comparisonDates = (asOf: string) => ({ previous: addMonths(asOf, -1), lastYear: addMonths(asOf, -12) });
