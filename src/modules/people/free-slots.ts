import { datesBetween, localParts, weekdayOf, zonedToUtc } from './zoned-time.ts';

/** What is off on one local date: the whole day, the morning (until 12:00) or the afternoon (from 12:00). */
export type DayOff = 'full' | 'morning' | 'afternoon';
const MIDDAY = 12 * 60;

export interface SlotAttendee {
  employeeId: string;
  timeZone: string;
  /** Local dates of approved leave and what part of each day it takes. */
  leave: Map<string, DayOff>;
  /** Other appointments (UTC milliseconds, half-open). */
  busy: [number, number][];
}

export interface SlotRules {
  /** Weekdays worked, 0 = Sunday. */
  workWeek: number[];
  /** Working hours as minutes of the day, in each attendee's own zone. */
  dayStart: number;
  dayEnd: number;
  /** Company holidays: true for a half day (the morning is worked). */
  holidays: Map<string, boolean>;
}

/** The minutes of `date` an attendee is at work: working hours less holidays and leave (empty when off all day). */
export function workWindow(date: string, a: Pick<SlotAttendee, 'leave'>, r: SlotRules): [number, number] | null {
  if (!r.workWeek.includes(weekdayOf(date))) return null;
  let [start, end] = [r.dayStart, r.dayEnd];
  const holiday = r.holidays.get(date);
  if (holiday === false) return null;
  if (holiday === true) end = Math.min(end, MIDDAY);
  const off = a.leave.get(date);
  if (off === 'full') return null;
  if (off === 'afternoon') end = Math.min(end, MIDDAY);
  if (off === 'morning') start = Math.max(start, MIDDAY);
  return end > start ? [start, end] : null;
}

/** True when [start, end) lies inside the attendee's working window of one local day and clear of their appointments. */
export function attendeeFree(start: number, end: number, a: SlotAttendee, r: SlotRules): boolean {
  const s = localParts(new Date(start), a.timeZone);
  const e = localParts(new Date(end - 60_000), a.timeZone);
  if (s.date !== e.date) return false;
  const window = workWindow(s.date, a, r);
  if (!window) return false;
  const endMinute = e.minute + 1;
  if (s.minute < window[0] || endMinute > window[1] || endMinute - s.minute !== Math.round((end - start) / 60_000)) return false;
  return !a.busy.some(([bs, be]) => bs < end && be > start);
}

/**
 * Start times (every `stepMinutes` on the UTC clock) between the local dates `from`..`to` when every
 * attendee is at work and free for `durationMinutes`, not before `notBefore`. Pure: the caller loads
 * the calendar, leave and appointments.
 */
export function freeSlots(
  attendees: SlotAttendee[],
  rules: SlotRules,
  q: { from: string; to: string; durationMinutes: number; stepMinutes: number; notBefore: Date },
): { startsAt: string; endsAt: string }[] {
  if (attendees.length === 0) return [];
  const first = attendees[0] as SlotAttendee;
  const dates = new Set(datesBetween(q.from, q.to));
  const step = q.stepMinutes * 60_000;
  const length = q.durationMinutes * 60_000;
  // the earliest and latest instants any attendee's working day in the range can touch
  const lo = Math.min(...attendees.map((a) => zonedToUtc(q.from, 0, a.timeZone).getTime()));
  const hi = Math.max(...attendees.map((a) => zonedToUtc(q.to, 24 * 60 - 1, a.timeZone).getTime()));
  const out: { startsAt: string; endsAt: string }[] = [];
  for (let t = Math.ceil(Math.max(lo, q.notBefore.getTime()) / step) * step; t + length <= hi + 60_000; t += step) {
    if (!dates.has(localParts(new Date(t), first.timeZone).date)) continue;
    if (attendees.every((a) => attendeeFree(t, t + length, a, rules)))
      out.push({ startsAt: new Date(t).toISOString(), endsAt: new Date(t + length).toISOString() });
  }
  return out;
}
