/**
 * Pure rules of leave requests. A request covers half-day slots: the first day from its morning (or
 * its afternoon when it starts in the afternoon), the last day to its evening (or its midday), so a
 * request ending at midday and another starting that afternoon do not overlap.
 */
export interface LeaveSpan {
  from: string;
  to: string;
  startsAfternoon?: boolean;
  endsMidday?: boolean;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** The first and last half-day slot a span covers (two slots a day: morning, afternoon). */
export function halfDaySlots(s: LeaveSpan): [number, number] {
  return [dayNumber(s.from) * 2 + (s.startsAfternoon ? 1 : 0), dayNumber(s.to) * 2 + (s.endsMidday ? 0 : 1)];
}

export function spansOverlap(a: LeaveSpan, b: LeaveSpan): boolean {
  const [a1, a2] = halfDaySlots(a);
  const [b1, b2] = halfDaySlots(b);
  return a1 <= b2 && b1 <= a2;
}

/** A span that covers no slot at all (one day starting in the afternoon and ending at midday). */
export const isEmptySpan = (s: LeaveSpan) => {
  const [first, last] = halfDaySlots(s);
  return last < first;
};

/** Whether a request that starts on `from` may still be cancelled on `today`: only before it starts. */
export const cancellableOn = (from: string, today: string) => today < from;
