import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** Appointments and their attendees, the company's working hours, and the private calendar feeds. */
export const appointmentsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'people_appointment')
      .addColumn('title', t.text, (c) => c.notNull())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('starts_at', t.instant, (c) => c.notNull())
      .addColumn('ends_at', t.instant, (c) => c.notNull())
      .addColumn('location', t.text)
      .addColumn('video_url', t.text)
      .addColumn('notes', t.text)
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('sequence', t.int, (c) => c.notNull())
      .addColumn('override_reason', t.text)
      .addColumn('organizer_user_id', t.text)
      .addColumn('organizer_label', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addCheckConstraint('people_appointment_kind', sql`kind in (${list(['meeting', 'interview', 'review'])})`)
      .addCheckConstraint('people_appointment_status', sql`status in (${list(['scheduled', 'cancelled'])})`)
      .addCheckConstraint('people_appointment_times', sql`ends_at > starts_at`)
      .execute();
    await db.schema.createIndex('people_appointment_start').on('people_appointment').columns(['company_id', 'starts_at']).execute();
    await companyTable(db, 'people_appointment_attendee')
      .addColumn('appointment_id', t.id, (c) => c.notNull().references('people_appointment.id'))
      .addColumn('employee_id', t.id, (c) => c.notNull().references('people_employee.id'))
      .addColumn('response', t.text, (c) => c.notNull())
      .addColumn('responded_at', t.instant)
      .addUniqueConstraint('people_appointment_attendee_key', ['appointment_id', 'employee_id'])
      .addCheckConstraint('people_appointment_attendee_response', sql`response in (${list(['pending', 'accepted', 'declined'])})`)
      .execute();
    await db.schema.createIndex('people_appointment_attendee_employee').on('people_appointment_attendee').columns(['company_id', 'employee_id']).execute();
    await companyTable(db, 'people_work_hours')
      .addColumn('day_start', t.text, (c) => c.notNull())
      .addColumn('day_end', t.text, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('people_work_hours_company', ['company_id'])
      .addCheckConstraint('people_work_hours_order', sql`day_end > day_start`)
      .execute();
    await companyTable(db, 'people_calendar_feed')
      .addColumn('user_id', t.text, (c) => c.notNull().references('app_user.id'))
      // SHA-256 of the secret token; the token itself is shown once and never stored.
      .addColumn('token_hash', t.text, (c) => c.notNull().unique())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('revoked_at', t.instant)
      .execute();
    await db.schema.createIndex('people_calendar_feed_user').on('people_calendar_feed').columns(['company_id', 'user_id']).execute();
  },
};
