import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { adb } from './appointments.tables.ts';
import type { DayOff } from './free-slots.ts';
import { datesBetween } from './zoned-time.ts';

export interface ApprovedLeave {
  employeeId: string;
  fromDate: string;
  toDate: string;
  startsAfternoon: boolean;
  endsMidday: boolean;
}

/**
 * Approved leave of these employees touching from..to (dates): the leave-request slice's
 * `people_leave_request` rows with status `approved`. Appointments read leave only through here.
 */
export async function approvedLeave(db: CompanyDb, employeeIds: string[], from: string, to: string): Promise<ApprovedLeave[]> {
  if (employeeIds.length === 0) return [];
  const rows = await adb(db)
    .selectFrom('people_leave_request')
    .select(['employee_id', 'from_date', 'to_date', 'starts_afternoon', 'ends_midday'])
    .where('employee_id', 'in', employeeIds)
    .where('status', '=', 'approved')
    .where('from_date', '<=', to)
    .where('to_date', '>=', from)
    .orderBy('from_date')
    .execute();
  return rows.map((r) => ({
    employeeId: r.employee_id,
    fromDate: r.from_date,
    toDate: r.to_date,
    startsAfternoon: Number(r.starts_afternoon) === 1,
    endsMidday: Number(r.ends_midday) === 1,
  }));
}

/** Each leave date of one employee and the part of the day it takes. */
export function leaveDays(leave: ApprovedLeave[]): Map<string, DayOff> {
  const days = new Map<string, DayOff>();
  for (const l of leave) {
    for (const d of datesBetween(l.fromDate, l.toDate)) {
      let off: DayOff = 'full';
      if (l.fromDate !== l.toDate) {
        if (d === l.fromDate && l.startsAfternoon) off = 'afternoon';
        if (d === l.toDate && l.endsMidday) off = 'morning';
      } else if (l.startsAfternoon !== l.endsMidday) off = l.startsAfternoon ? 'afternoon' : 'morning';
      days.set(d, days.get(d) && days.get(d) !== off ? 'full' : off);
    }
  }
  return days;
}
