import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { companyTable, types } from '../../../platform/db/schema.ts';
import { OPEN_END } from '../job-spans.ts';
import { employeeSearchText } from '../search-text.ts';

/**
 * What the employee list, search, department filter and org chart read instead of the whole history:
 * - `people_job_span`: each job record with the day its successor starts (`valid_until`, exclusive;
 *   `9999-12-31` while current), kept in the same transaction as every new job record, so the
 *   assignment on any date is one indexed range lookup (future-dated changes included);
 * - `people_employee.search_text`: names, number and e-mail normalised (`search-text.ts`), with an
 *   index that covers the list's order and status; on PostgreSQL a trigram index when pg_trgm can be
 *   installed.
 * Existing rows are filled here.
 */
export const jobSpansSearchMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'people_job_span')
      .addColumn('employee_id', t.id, (c) => c.notNull().references('people_employee.id'))
      .addColumn('valid_from', t.date, (c) => c.notNull())
      .addColumn('valid_until', t.date, (c) => c.notNull())
      .addColumn('department_id', t.id, (c) => c.references('people_department.id'))
      .addColumn('position_id', t.id, (c) => c.references('people_position.id'))
      .addColumn('manager_id', t.id, (c) => c.references('people_employee.id'))
      .addUniqueConstraint('people_job_span_from', ['company_id', 'employee_id', 'valid_from'])
      .addCheckConstraint('people_job_span_range', sql`valid_from < valid_until`)
      .execute();
    // covering: the spans of a department (or manager) in effect on a date, and whose they are
    const range = ['valid_until', 'valid_from', 'employee_id'];
    await db.schema
      .createIndex('people_job_span_department')
      .on('people_job_span')
      .columns(['company_id', 'department_id', ...range])
      .execute();
    await db.schema
      .createIndex('people_job_span_manager')
      .on('people_job_span')
      .columns(['company_id', 'manager_id', ...range])
      .execute();
    // no index led by the dates: without statistics SQLite would prefer it to the employee's own spans
    await sql`insert into people_job_span (id, company_id, employee_id, valid_from, valid_until, department_id, position_id, manager_id)
      select j.id, j.company_id, j.employee_id, j.effective_date,
        coalesce((select min(n.effective_date) from people_job n where n.employee_id = j.employee_id and n.effective_date > j.effective_date), ${OPEN_END}),
        j.department_id, j.position_id, j.manager_id
      from people_job j`.execute(db);

    await db.schema.alterTable('people_employee').addColumn('search_text', t.text).execute();
    for (let after = ''; ; ) {
      const rows = await db
        .selectFrom('people_employee')
        .select(['id', 'employee_number', 'name_en', 'name_ar', 'email'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(1000)
        .execute();
      for (const r of rows)
        await db
          .updateTable('people_employee')
          .set({ search_text: employeeSearchText(r) })
          .where('id', '=', r.id)
          .execute();
      if (rows.length < 1000) break;
      after = rows[rows.length - 1].id;
    }
    // the list walks this index in name order, judging status and text without reading the rows
    await db.schema.dropIndex('people_employee_name').execute();
    await db.schema.createIndex('people_employee_list').on('people_employee').columns(['company_id', 'name_en', 'id', 'end_date', 'search_text']).execute();
    // rows by id within the company (every scoped IN-list of ids; SQLite otherwise picks a company_id-only index) and counts by status
    await db.schema.createIndex('people_employee_by_id').on('people_employee').columns(['company_id', 'id', 'end_date', 'name_en']).execute();
    if (isPostgres(db)) await trigramIndex(db);
  },
};

/** A trigram index for `search_text LIKE '%…%'`, when the pg_trgm extension is there or may be installed. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
async function trigramIndex(db: Kysely<any>) {
  const available = await sql<{ n: string }>`select count(*) as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (Number(available.rows[0]?.n ?? 0) === 0) return;
  await sql`savepoint people_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index people_employee_search on people_employee using gin (search_text gin_trgm_ops)`.execute(db);
    await sql`release savepoint people_trgm`.execute(db);
  } catch {
    // no right to install the extension: the search scans the list index instead
    await sql`rollback to savepoint people_trgm`.execute(db);
  }
}
