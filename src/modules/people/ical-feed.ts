import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { adb } from './appointments.tables.ts';
import { approvedLeave } from './approved-leave.ts';
import { findEmployeeOfUser } from './employees.repository.ts';
import { addDays } from './zoned-time.ts';

const DAY = 86_400_000;
const WINDOW_BEFORE = 90;
const WINDOW_AFTER = 400;

/**
 * The iCalendar text of one user's feed: their appointments (declined ones left out; cancelled ones
 * kept with STATUS:CANCELLED so calendars remove them), each in UTC with a stable UID and the
 * appointment's SEQUENCE, and their approved leave as all-day events. From 90 days back to 400 ahead.
 */
export async function renderFeed(db: CompanyDb, feed: { userId: string; name: string; locale: string; host: string }, now: Date): Promise<string> {
  const { userId, host } = feed;
  const cal = ical({ name: feed.name, prodId: { company: 'Kawalis', product: 'people', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  const self = await findEmployeeOfUser(db, userId);
  if (!self) return cal.toString();
  const from = new Date(now.getTime() - WINDOW_BEFORE * DAY);
  const to = new Date(now.getTime() + WINDOW_AFTER * DAY);
  const rows = await adb(db)
    .selectFrom('people_appointment_attendee as a')
    .innerJoin('people_appointment as p', 'p.id', 'a.appointment_id')
    .selectAll('p')
    .where('a.employee_id', '=', self.id)
    .where('a.response', '!=', 'declined')
    .where('p.ends_at', '>', from.toISOString())
    .where('p.starts_at', '<', to.toISOString())
    .orderBy('p.starts_at')
    .limit(5000)
    .execute();
  for (const r of rows) {
    cal.createEvent({
      id: `${r.id}@${host}`,
      sequence: Number(r.sequence),
      start: new Date(r.starts_at),
      end: new Date(r.ends_at),
      stamp: new Date(r.updated_at),
      summary: r.title,
      location: r.location ?? undefined,
      url: r.video_url ?? undefined,
      description: [r.video_url, r.notes].filter(Boolean).join('\n') || undefined,
      status: r.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  const leave = await approvedLeave(db, [self.id], from.toISOString().slice(0, 10), to.toISOString().slice(0, 10));
  for (const l of leave) {
    cal.createEvent({
      id: `leave-${self.id}-${l.fromDate}@${host}`,
      allDay: true,
      start: new Date(`${l.fromDate}T00:00:00Z`),
      end: new Date(`${addDays(l.toDate, 1)}T00:00:00Z`),
      stamp: now,
      summary: feed.locale === 'ar' ? 'إجازة' : 'Leave',
      description: [l.startsAfternoon && 'Starts in the afternoon', l.endsMidday && 'Ends at midday'].filter(Boolean).join('\n') || undefined,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
