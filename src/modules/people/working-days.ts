/**
 * The company calendar's arithmetic, pure: how many working days lie between two dates (both
 * included) under a work week (0 = Sunday … 6 = Saturday) and the public holidays. A half-day
 * holiday leaves half a working day. A leave that starts in the afternoon or ends at midday counts
 * half of its first or last day. Results are multiples of 0.5, exact in floating point.
 */
export interface CalendarHoliday {
  date: string;
  halfDay?: boolean;
}

export interface HalfDays {
  /** The first day counts only its afternoon. */
  startsAfternoon?: boolean;
  /** The last day counts only its morning. */
  endsMidday?: boolean;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) throw new RangeError(`Not a date: ${date}`);
  return Math.round(ms / DAY_MS);
};
export const dateOfDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** What one date counts: 0 off the work week or on a full holiday, 0.5 on a half-day holiday, else 1. */
function dayWeight(n: number, week: ReadonlySet<number>, holidays: ReadonlyMap<string, boolean>): number {
  // day 0 of the epoch (1970-01-01) was a Thursday
  if (!week.has((n + 4) % 7)) return 0;
  const half = holidays.get(dateOfDayNumber(n));
  if (half === undefined) return 1;
  return half ? 0.5 : 0;
}

export function workingDaysBetween(
  from: string,
  to: string,
  workWeek: readonly number[],
  holidays: readonly CalendarHoliday[] = [],
  halfDays: HalfDays = {},
): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end < start) throw new RangeError(`${to} is before ${from}`);
  const week = new Set(workWeek);
  const byDate = new Map<string, boolean>();
  // a full-day entry wins over a half-day entry for the same date
  for (const h of holidays) byDate.set(h.date, (byDate.get(h.date) ?? true) && Boolean(h.halfDay));
  let total = 0;
  for (let n = start; n <= end; n++) {
    let w = dayWeight(n, week, byDate);
    const halfAtStart = n === start && halfDays.startsAfternoon;
    const halfAtEnd = n === end && halfDays.endsMidday;
    if (halfAtStart || halfAtEnd) w = Math.min(w, 0.5);
    total += w;
  }
  return total;
}

/** Whether a date is a working day at all (some of it is worked). */
export const isWorkingDay = (date: string, workWeek: readonly number[], holidays: readonly CalendarHoliday[] = []) =>
  workingDaysBetween(date, date, workWeek, holidays) > 0;
