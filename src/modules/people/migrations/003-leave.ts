import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, makeAppendOnly, types } from '../../../platform/db/schema.ts';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** Leave types, their accrual policies per employment type, and the append-only usage and adjustment records. */
export const leaveMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'people_leave_type')
      .addColumn('code', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('allow_negative', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('people_leave_type_code', ['company_id', 'code'])
      .execute();
    await companyTable(db, 'people_leave_policy')
      .addColumn('leave_type_id', t.id, (c) => c.notNull().references('people_leave_type.id'))
      .addColumn('employment_type', t.text, (c) => c.notNull())
      .addColumn('accrual', t.text, (c) => c.notNull())
      .addColumn('per_year', t.int, (c) => c.notNull())
      .addColumn('carry_over_cap', t.int)
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('people_leave_policy_key', ['company_id', 'leave_type_id', 'employment_type'])
      .addCheckConstraint('people_leave_policy_accrual', sql`accrual in (${list(['monthly', 'yearly'])})`)
      .addCheckConstraint('people_leave_policy_amounts', sql`per_year >= 0 and (carry_over_cap is null or carry_over_cap >= 0)`)
      .execute();
    await companyTable(db, 'people_leave_entry')
      .addColumn('employee_id', t.id, (c) => c.notNull().references('people_employee.id'))
      .addColumn('leave_type_id', t.id, (c) => c.notNull().references('people_leave_type.id'))
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('amount', t.int, (c) => c.notNull())
      .addColumn('reason', t.text, (c) => c.notNull())
      .addColumn('recorded_at', t.instant, (c) => c.notNull())
      .addColumn('recorded_by', t.text, (c) => c.notNull())
      .addCheckConstraint('people_leave_entry_kind', sql`kind in (${list(['usage', 'adjustment'])})`)
      .execute();
    await db.schema.createIndex('people_leave_entry_employee').on('people_leave_entry').columns(['company_id', 'employee_id', 'leave_type_id']).execute();
    // A balance is derived from these records; a correction is a new record with a reason.
    await makeAppendOnly(db, 'people_leave_entry');
  },
};
