import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { busyRows } from './appointments.repository.ts';
import { type ApprovedLeave, approvedLeave, leaveDays } from './approved-leave.ts';
import { findEmployeesByIds } from './employees.repository.ts';
import { addDays, datesBetween, localParts } from './zoned-time.ts';

export type Conflict =
  | { employeeId: string; kind: 'appointment'; appointmentId: string; title: string; startsAt: string; endsAt: string }
  | { employeeId: string; kind: 'leave'; fromDate: string; toDate: string };

/** Attendees that exist and are employed on the day of the appointment; another id is a VALIDATION naming it. */
export async function loadAttendees(db: CompanyDb, ids: string[], startsAt: string) {
  const rows = await findEmployeesByIds(db, ids);
  const day = startsAt.slice(0, 10);
  ids.forEach((id, i) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new AppError('VALIDATION', 'No such employee', [{ path: `attendeeIds.${i}`, message: 'No such employee' }]);
    if (row.end_date && row.end_date < day)
      throw new AppError('VALIDATION', 'The employee has left', [{ path: `attendeeIds.${i}`, message: 'The employee has left' }]);
  });
  return ids.map((id) => rows.find((r) => r.id === id) as (typeof rows)[number]);
}

const MIDDAY = 12 * 60;

function leaveOverlaps(l: ApprovedLeave, start: Date, end: Date, timeZone: string): boolean {
  const days = leaveDays([l]);
  const s = localParts(start, timeZone);
  const e = localParts(new Date(end.getTime() - 60_000), timeZone);
  for (const d of datesBetween(s.date, e.date)) {
    const off = days.get(d);
    if (!off) continue;
    if (off === 'full') return true;
    const from = d === s.date ? s.minute : 0;
    const to = d === e.date ? e.minute + 1 : 24 * 60;
    if (off === 'morning' && from < MIDDAY) return true;
    if (off === 'afternoon' && to > MIDDAY) return true;
  }
  return false;
}

/** Other scheduled appointments (not declined) and approved leave of the attendees during [start, end). */
export async function findConflicts(
  db: CompanyDb,
  attendees: { id: string; time_zone: string }[],
  start: Date,
  end: Date,
  except?: string,
): Promise<Conflict[]> {
  const ids = attendees.map((a) => a.id);
  const busy = await busyRows(db, ids, start.toISOString(), end.toISOString(), { except });
  // a day either side covers every zone's local dates
  const leave = await approvedLeave(db, ids, addDays(start.toISOString().slice(0, 10), -1), addDays(end.toISOString().slice(0, 10), 1));
  const out: Conflict[] = busy.map((b) => ({
    employeeId: b.employee_id,
    kind: 'appointment',
    appointmentId: b.id,
    title: b.title,
    startsAt: b.starts_at,
    endsAt: b.ends_at,
  }));
  for (const l of leave) {
    const a = attendees.find((x) => x.id === l.employeeId);
    if (a && leaveOverlaps(l, start, end, a.time_zone)) out.push({ employeeId: l.employeeId, kind: 'leave', fromDate: l.fromDate, toDate: l.toDate });
  }
  return out;
}

/** Refuses conflicts unless overridden with a reason; returns what was overridden (for the audit). */
export function checkConflicts(conflicts: Conflict[], override: boolean, reason: string | undefined): Conflict[] {
  if (conflicts.length === 0) return [];
  if (!override) {
    throw new AppError('CONFLICT', `${conflicts.length} conflict(s) with other appointments or approved leave`, {
      field: 'startsAt',
      code: 'appointment_conflict',
      params: { count: conflicts.length },
      conflicts,
    });
  }
  if (!reason) throw new AppError('VALIDATION', 'An override needs a reason', [{ path: 'overrideReason', message: 'An override needs a reason' }]);
  return conflicts;
}

/** End after start, at most a day long. */
export function checkTimes(startsAt: string, endsAt: string): { start: Date; end: Date } {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (end <= start) throw new AppError('VALIDATION', 'The end is not after the start', [{ path: 'endsAt', message: 'The end is not after the start' }]);
  if (end.getTime() - start.getTime() > 86_400_000) {
    throw new AppError('VALIDATION', 'An appointment lasts at most 24 hours', [{ path: 'endsAt', message: 'An appointment lasts at most 24 hours' }]);
  }
  return { start, end };
}
