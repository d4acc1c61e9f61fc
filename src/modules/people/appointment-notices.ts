import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { notifyUser } from '../../platform/notifications/index.ts';
import { attendeesOf, usersByIds } from './appointments.repository.ts';
import type { AppointmentTable } from './appointments.tables.ts';
import type { PeopleCall } from './people-db.ts';

/** The call of an appointment use case: a People call, and whether e-mail copies are sent. */
export type AppointmentCall = PeopleCall & { emailEnabled?: boolean };

const texts = {
  scheduled: {
    en: { title: 'New appointment: {title}', body: '{title} on {when} ({zone}). Accept or decline it in Kawalis.' },
    ar: { title: 'موعد جديد: {title}', body: '{title} في {when} ({zone}). اقبله أو اعتذر عنه في كواليس.' },
  },
  rescheduled: {
    en: { title: 'Appointment moved: {title}', body: '{title} now takes place on {when} ({zone}). Please respond again.' },
    ar: { title: 'تغيّر موعد: {title}', body: 'أصبح موعد {title} في {when} ({zone}). يُرجى الرد من جديد.' },
  },
  cancelled: {
    en: { title: 'Appointment cancelled: {title}', body: '{title} on {when} ({zone}) is cancelled.' },
    ar: { title: 'أُلغي الموعد: {title}', body: 'أُلغي موعد {title} في {when} ({zone}).' },
  },
} as const;

/** The start as the reader reads it: their language, their zone. */
export function formatWhen(instant: string, timeZone: string, locale: 'en' | 'ar'): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(instant));
}

/** Tells every attendee linked to a user (but the one acting) about the appointment, in the user's language and the attendee's zone. */
export async function notifyAttendees(db: CompanyDb, call: AppointmentCall, row: AppointmentTable, kind: keyof typeof texts): Promise<number> {
  const attendees = (await attendeesOf(db, [row.id])).filter((a) => a.user_id && a.user_id !== call.actor.userId);
  const users = await usersByIds(
    db,
    attendees.map((a) => a.user_id as string),
  );
  for (const a of attendees) {
    const user = users.find((u) => u.id === a.user_id);
    if (!user) continue;
    const locale = user.locale === 'ar' ? 'ar' : 'en';
    const values: Record<string, string> = { title: row.title, when: formatWhen(row.starts_at, a.time_zone, locale), zone: a.time_zone };
    const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
    const text = texts[kind][locale];
    await notifyUser(
      db,
      { clock: call.clock, emailEnabled: Boolean(call.emailEnabled) },
      { userId: user.id, email: user.email, title: fill(text.title).slice(0, 200), body: fill(text.body), link: `/people/appointments/${row.id}` },
    );
  }
  return attendees.length;
}
