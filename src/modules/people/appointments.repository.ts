import type { Insertable, Updateable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { type AppointmentAttendeeTable, type AppointmentTable, adb } from './appointments.tables.ts';

type NewRow<T> = Omit<Insertable<T>, 'company_id'>;

export const insertAppointment = (db: CompanyDb, row: NewRow<AppointmentTable>) =>
  adb(db)
    .insertInto('people_appointment')
    .values(row as Insertable<AppointmentTable>)
    .execute();

export const insertAttendees = (db: CompanyDb, rows: NewRow<AppointmentAttendeeTable>[]) =>
  adb(db)
    .insertInto('people_appointment_attendee')
    .values(rows as Insertable<AppointmentAttendeeTable>[])
    .execute();

export const updateAppointmentRow = (db: CompanyDb, id: string, patch: Updateable<AppointmentTable>) =>
  adb(db).updateTable('people_appointment').set(patch).where('id', '=', id).execute();

export const findAppointmentRow = (db: CompanyDb, id: string) => adb(db).selectFrom('people_appointment').selectAll().where('id', '=', id).executeTakeFirst();

/** The attendees of some appointments with each one's names, time zone and linked user. */
export const attendeesOf = (db: CompanyDb, appointmentIds: string[]) =>
  appointmentIds.length
    ? adb(db)
        .selectFrom('people_appointment_attendee as a')
        .innerJoin('people_employee as e', 'e.id', 'a.employee_id')
        .select(['a.id', 'a.appointment_id', 'a.employee_id', 'a.response', 'a.responded_at', 'e.name_en', 'e.name_ar', 'e.time_zone', 'e.user_id'])
        .where('a.appointment_id', 'in', appointmentIds)
        .orderBy('e.name_en')
        .execute()
    : Promise.resolve([]);

export const setResponse = (db: CompanyDb, appointmentId: string, employeeId: string, patch: Updateable<AppointmentAttendeeTable>) =>
  adb(db).updateTable('people_appointment_attendee').set(patch).where('appointment_id', '=', appointmentId).where('employee_id', '=', employeeId).execute();

export const resetResponses = (db: CompanyDb, appointmentId: string) =>
  adb(db).updateTable('people_appointment_attendee').set({ response: 'pending', responded_at: null }).where('appointment_id', '=', appointmentId).execute();

/**
 * Scheduled appointments of these employees overlapping [from, to) (instants ISO UTC), where the
 * employee has not declined; `except` leaves out the appointment being rescheduled.
 */
export function busyRows(db: CompanyDb, employeeIds: string[], from: string, to: string, opts: { except?: string; acceptedOnly?: boolean } = {}) {
  if (employeeIds.length === 0) return Promise.resolve([]);
  let q = adb(db)
    .selectFrom('people_appointment_attendee as a')
    .innerJoin('people_appointment as p', 'p.id', 'a.appointment_id')
    .select(['a.employee_id', 'p.id', 'p.title', 'p.starts_at', 'p.ends_at'])
    .where('a.employee_id', 'in', employeeIds)
    .where('p.status', '=', 'scheduled')
    .where('p.starts_at', '<', to)
    .where('p.ends_at', '>', from);
  q = opts.acceptedOnly ? q.where('a.response', '=', 'accepted') : q.where('a.response', '!=', 'declined');
  if (opts.except) q = q.where('p.id', '!=', opts.except);
  return q.orderBy('p.starts_at').execute();
}

export interface AppointmentFilter {
  /** Only appointments this employee attends. */
  employeeId?: string;
  /** Instants (ISO UTC): appointments ending after `from` and starting before `to`. */
  from?: string;
  to?: string;
  includeCancelled: boolean;
}

/** A page of appointments by start time. */
export async function listAppointmentRows(db: CompanyDb, f: AppointmentFilter, page: { limit: number; offset: number }) {
  let q = adb(db).selectFrom('people_appointment as p');
  if (f.employeeId) {
    const employeeId = f.employeeId;
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('people_appointment_attendee as a').select('a.id').whereRef('a.appointment_id', '=', 'p.id').where('a.employee_id', '=', employeeId),
      ),
    );
  }
  if (f.from) q = q.where('p.ends_at', '>', f.from);
  if (f.to) q = q.where('p.starts_at', '<', f.to);
  if (!f.includeCancelled) q = q.where('p.status', '=', 'scheduled');
  const [rows, count] = await Promise.all([
    q.selectAll('p').orderBy('p.starts_at').orderBy('p.id').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<bigint | number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const findWorkHours = (db: CompanyDb) => adb(db).selectFrom('people_work_hours').selectAll().executeTakeFirst();

/** The users (language, e-mail) behind some user ids: the platform-wide user table. */
export const usersByIds = (db: CompanyDb, ids: string[]) =>
  ids.length ? adb(db).selectFrom('app_user').select(['id', 'email', 'locale', 'time_zone']).where('id', 'in', ids).execute() : Promise.resolve([]);
