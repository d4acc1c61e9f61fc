import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, makeAppendOnly, types } from '../../../platform/db/schema.ts';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** Departments, positions, employees and their effective-dated job and pay history. */
export const peopleMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'people_department')
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('parent_id', t.id, (c) => c.references('people_department.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .execute();
    await companyTable(db, 'people_position')
      .addColumn('title_en', t.text, (c) => c.notNull())
      .addColumn('title_ar', t.text, (c) => c.notNull())
      .addColumn('department_id', t.id, (c) => c.references('people_department.id'))
      .addColumn('headcount', t.int, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addCheckConstraint('people_position_headcount', sql`headcount >= 0`)
      .execute();
    await companyTable(db, 'people_employee')
      .addColumn('employee_number', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('email', t.text)
      .addColumn('phone', t.text)
      .addColumn('address', t.text)
      .addColumn('user_id', t.id, (c) => c.references('app_user.id'))
      .addColumn('hire_date', t.date, (c) => c.notNull())
      .addColumn('end_date', t.date)
      .addColumn('end_reason', t.text)
      .addColumn('employment_type', t.text, (c) => c.notNull())
      .addColumn('work_location', t.text, (c) => c.notNull())
      .addColumn('time_zone', t.text, (c) => c.notNull())
      .addColumn('national_id_enc', t.text)
      .addColumn('birth_date_enc', t.text)
      .addColumn('iban_enc', t.text)
      .addColumn('emergency_contact_enc', t.text)
      .addColumn('health_notes_enc', t.text)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('people_employee_number', ['company_id', 'employee_number'])
      .addUniqueConstraint('people_employee_user', ['company_id', 'user_id'])
      .addCheckConstraint('people_employee_type', sql`employment_type in (${list(['full_time', 'part_time', 'contractor', 'intern'])})`)
      .addCheckConstraint('people_employee_location', sql`work_location in (${list(['office', 'remote', 'hybrid'])})`)
      .execute();
    await db.schema.createIndex('people_employee_name').on('people_employee').columns(['company_id', 'name_en']).execute();

    await companyTable(db, 'people_job')
      .addColumn('employee_id', t.id, (c) => c.notNull().references('people_employee.id'))
      .addColumn('effective_date', t.date, (c) => c.notNull())
      .addColumn('department_id', t.id, (c) => c.references('people_department.id'))
      .addColumn('position_id', t.id, (c) => c.references('people_position.id'))
      .addColumn('manager_id', t.id, (c) => c.references('people_employee.id'))
      .addColumn('reason', t.text, (c) => c.notNull())
      .addColumn('recorded_at', t.instant, (c) => c.notNull())
      .addColumn('recorded_by', t.text, (c) => c.notNull())
      .addUniqueConstraint('people_job_date', ['company_id', 'employee_id', 'effective_date'])
      .execute();
    await db.schema.createIndex('people_job_department').on('people_job').columns(['company_id', 'department_id']).execute();
    await db.schema.createIndex('people_job_manager').on('people_job').columns(['company_id', 'manager_id']).execute();

    await companyTable(db, 'people_compensation')
      .addColumn('employee_id', t.id, (c) => c.notNull().references('people_employee.id'))
      .addColumn('effective_date', t.date, (c) => c.notNull())
      .addColumn('amount_enc', t.text, (c) => c.notNull())
      .addColumn('currency', t.text, (c) => c.notNull().references('currency.code'))
      .addColumn('basis', t.text, (c) => c.notNull())
      .addColumn('reason', t.text, (c) => c.notNull())
      .addColumn('recorded_at', t.instant, (c) => c.notNull())
      .addColumn('recorded_by', t.text, (c) => c.notNull())
      .addUniqueConstraint('people_compensation_date', ['company_id', 'employee_id', 'effective_date'])
      .addCheckConstraint('people_compensation_basis', sql`basis in (${list(['hour', 'month', 'year'])})`)
      .execute();
    // History is never overwritten: a change is a new record from a date.
    await makeAppendOnly(db, 'people_job');
    await makeAppendOnly(db, 'people_compensation');
  },
};
