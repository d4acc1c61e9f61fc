/**
 * Leave balances, pure and derived: nothing is a counter that someone edits. A balance is what the
 * policy accrued from the hire date, minus approved usage, plus HR adjustments (records with a
 * reason), minus what a carry-over cap forfeited at each year end. Amounts are integer hundredths of
 * a day (a half day is 50), so sums are exact.
 *
 * Accrual: `yearly` credits a year's entitlement on 1 January, and in the hire year on the hire
 * date pro rata to the days left in that year; `monthly` credits a twelfth at the end of each month,
 * pro rata to the days of that month served. Nothing accrues after the end date.
 */
export interface LeavePolicyTerms {
  accrual: 'monthly' | 'yearly';
  /** What a full year earns, hundredths of a day. */
  perYear: number;
  /** The most of a year's closing balance that carries into the next; null: all of it. */
  carryOverCap: number | null;
}

export interface LeaveMovement {
  date: string;
  /** `usage`: approved leave taken (a positive amount); `adjustment`: an HR correction (signed). */
  kind: 'usage' | 'adjustment';
  amount: number;
}

export interface LeaveBalance {
  accrued: number;
  used: number;
  adjusted: number;
  forfeited: number;
  balance: number;
}

const DAY_MS = 86_400_000;
const day = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const ymd = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const daysInYear = (y: number) => day(`${y + 1}-01-01`) - day(`${y}-01-01`);

/** The accrual credits of one year, as (date, amount), for service from `start` to `end` (inclusive). */
export function accrualsOfYear(terms: LeavePolicyTerms, year: number, hireDate: string, endDate: string | null): { date: string; amount: number }[] {
  const first = Math.max(day(hireDate), day(`${year}-01-01`));
  const last = Math.min(endDate ? day(endDate) : Number.POSITIVE_INFINITY, day(`${year}-12-31`));
  if (last < first) return [];
  if (terms.accrual === 'yearly') {
    const served = last - first + 1;
    return [{ date: ymd(first), amount: Math.floor((terms.perYear * served) / daysInYear(year)) }];
  }
  const out: { date: string; amount: number }[] = [];
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    const monthStart = day(`${year}-${mm}-01`);
    const monthEnd = monthStart + daysInMonth(year, m) - 1;
    const served = Math.min(last, monthEnd) - Math.max(first, monthStart) + 1;
    if (served <= 0) continue;
    out.push({ date: ymd(monthEnd), amount: Math.floor((terms.perYear * served) / (12 * daysInMonth(year, m))) });
  }
  return out;
}

/** The balance on `asOf` (everything dated on or before it counts). */
export function leaveBalance(
  terms: LeavePolicyTerms,
  service: { hireDate: string; endDate?: string | null },
  movements: readonly LeaveMovement[],
  asOf: string,
): LeaveBalance {
  const total: LeaveBalance = { accrued: 0, used: 0, adjusted: 0, forfeited: 0, balance: 0 };
  const firstYear = Math.min(Number(service.hireDate.slice(0, 4)), ...movements.map((m) => Number(m.date.slice(0, 4))));
  const lastYear = Number(asOf.slice(0, 4));
  let running = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    if (year > firstYear && terms.carryOverCap !== null && running > terms.carryOverCap) {
      // the year-end cap: only so much of an unused balance carries over; a negative one carries in full
      total.forfeited += running - terms.carryOverCap;
      running = terms.carryOverCap;
    }
    for (const a of accrualsOfYear(terms, year, service.hireDate, service.endDate ?? null)) {
      if (a.date > asOf) continue;
      total.accrued += a.amount;
      running += a.amount;
    }
    for (const m of movements) {
      if (m.date > asOf || Number(m.date.slice(0, 4)) !== year) continue;
      if (m.kind === 'usage') {
        total.used += m.amount;
        running -= m.amount;
      } else {
        total.adjusted += m.amount;
        running += m.amount;
      }
    }
  }
  total.balance = running;
  return total;
}
