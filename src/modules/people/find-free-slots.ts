import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAttendees } from './appointment-conflicts.ts';
import { busyRows } from './appointments.repository.ts';
import type { SlotsQuery } from './appointments.schemas.ts';
import { approvedLeave, leaveDays } from './approved-leave.ts';
import { companyWorkWeek, holidaysBetween } from './company-calendar.ts';
import { freeSlots } from './free-slots.ts';
import { workHours } from './work-hours.ts';
import { addDays, datesBetween, hhmmToMinute } from './zoned-time.ts';

/**
 * Start times when every attendee is within working hours (their own zone, the company work week,
 * not a holiday), not on approved leave and free of other appointments. At most 31 days at once.
 */
export async function findFreeSlots(db: CompanyDb, actor: Actor, now: Date, q: SlotsQuery) {
  if (q.to < q.from) throw new AppError('VALIDATION', 'The end is before the start', [{ path: 'to', message: 'The end is before the start' }]);
  if (datesBetween(q.from, q.to).length > 31) throw new AppError('VALIDATION', 'At most 31 days at once', [{ path: 'to', message: 'At most 31 days at once' }]);
  const employees = await loadAttendees(db, q.attendeeIds, `${q.from}T00:00:00Z`);
  const [lo, hi] = [addDays(q.from, -1), addDays(q.to, 1)];
  const [workWeek, holidays, hours, busy, leave] = await Promise.all([
    companyWorkWeek(db, actor),
    holidaysBetween(db, lo, hi),
    workHours(db),
    busyRows(db, q.attendeeIds, `${lo}T00:00:00.000Z`, `${addDays(hi, 1)}T00:00:00.000Z`),
    approvedLeave(db, q.attendeeIds, lo, hi),
  ]);
  const slots = freeSlots(
    employees.map((e) => ({
      employeeId: e.id,
      timeZone: e.time_zone,
      leave: leaveDays(leave.filter((l) => l.employeeId === e.id)),
      busy: busy.filter((b) => b.employee_id === e.id).map((b) => [Date.parse(b.starts_at), Date.parse(b.ends_at)] as [number, number]),
    })),
    { workWeek, dayStart: hhmmToMinute(hours.dayStart), dayEnd: hhmmToMinute(hours.dayEnd), holidays: new Map(holidays.map((h) => [h.date, h.halfDay])) },
    { from: q.from, to: q.to, durationMinutes: q.durationMinutes, stepMinutes: q.stepMinutes, notBefore: now },
  );
  const offset = (q.page - 1) * q.pageSize;
  return { items: slots.slice(offset, offset + q.pageSize), total: slots.length, page: q.page, pageSize: q.pageSize };
}
