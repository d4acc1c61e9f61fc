/**
 * Fiscal years and their monthly periods, from the company's `fiscal_year_start_month`. A fiscal
 * year is named by the calendar year it starts in: with a July start, 2025-07-01…2026-06-30 is
 * fiscal year 2025. Balances are kept per calendar month, which always falls inside one period.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2026-03-14` → `2026-03`: the key of the month a maintained balance belongs to. */
export const monthOf = (date: string) => date.slice(0, 7);

export function fiscalYearOf(date: string, startMonth: number): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m >= startMonth ? y : y - 1;
}

export interface PeriodSpan {
  fiscalYear: number;
  periodNo: number;
  startDate: string;
  endDate: string;
}

/** The twelve monthly periods of a fiscal year. */
export function periodsOfFiscalYear(fiscalYear: number, startMonth: number): PeriodSpan[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month0 = startMonth - 1 + i;
    const y = fiscalYear + Math.floor(month0 / 12);
    const m = (month0 % 12) + 1;
    return { fiscalYear, periodNo: i + 1, startDate: `${y}-${pad(m)}-01`, endDate: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  });
}

export function periodOf(date: string, startMonth: number): PeriodSpan {
  const fy = fiscalYearOf(date, startMonth);
  const found = periodsOfFiscalYear(fy, startMonth).find((p) => p.startDate <= date && date <= p.endDate);
  if (!found) throw new Error(`no period for ${date}`);
  return found;
}

/** The first day of the month of `date`. */
export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
