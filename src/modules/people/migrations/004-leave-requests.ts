import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * Leave requests: pending → approved | rejected | cancelled. The request is a workflow record (its
 * status moves); what it does to a balance is written as append-only `people_leave_entry` usage
 * records (the approval's, and the negative one of a cancellation), never an edit.
 */
export const leaveRequestsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'people_leave_request')
      .addColumn('employee_id', t.id, (c) => c.notNull().references('people_employee.id'))
      .addColumn('leave_type_id', t.id, (c) => c.notNull().references('people_leave_type.id'))
      .addColumn('from_date', t.date, (c) => c.notNull())
      .addColumn('to_date', t.date, (c) => c.notNull())
      .addColumn('starts_afternoon', t.bool, (c) => c.notNull())
      .addColumn('ends_midday', t.bool, (c) => c.notNull())
      .addColumn('amount', t.int, (c) => c.notNull())
      .addColumn('note', t.text)
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('requested_at', t.instant, (c) => c.notNull())
      .addColumn('requested_by', t.text, (c) => c.notNull())
      .addColumn('decided_at', t.instant)
      .addColumn('decided_by', t.text)
      .addColumn('decision_reason', t.text)
      .addColumn('usage_entry_id', t.id, (c) => c.references('people_leave_entry.id'))
      .addColumn('reversal_entry_id', t.id, (c) => c.references('people_leave_entry.id'))
      .addCheckConstraint('people_leave_request_status', sql`status in (${list(['pending', 'approved', 'rejected', 'cancelled'])})`)
      .addCheckConstraint('people_leave_request_dates', sql`to_date >= from_date and amount > 0`)
      .addCheckConstraint('people_leave_request_halves', sql`starts_afternoon in (0, 1) and ends_midday in (0, 1)`)
      .execute();
    await db.schema.createIndex('people_leave_request_employee').on('people_leave_request').columns(['company_id', 'employee_id', 'from_date']).execute();
    await db.schema.createIndex('people_leave_request_dates').on('people_leave_request').columns(['company_id', 'from_date', 'to_date']).execute();
  },
  // biome-ignore lint/suspicious/noExplicitAny: see up
  async down(db: Kysely<any>) {
    await db.schema.dropTable('people_leave_request').execute();
  },
};
