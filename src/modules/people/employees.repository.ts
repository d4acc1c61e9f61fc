import { type Insertable, sql, type Updateable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { likeText } from '../../platform/db/like.ts';
import { employedOn, spanOn } from './job-spans.ts';
import type { EmployeeTable } from './people.tables.ts';
import { typed } from './people-db.ts';
import { employeeSearchText, normaliseSearch, type Searchable } from './search-text.ts';

export const findEmployee = (db: CompanyDb, id: string) => typed(db).selectFrom('people_employee').selectAll().where('id', '=', id).executeTakeFirst();

export const findEmployeeByNumber = (db: CompanyDb, employeeNumber: string) =>
  typed(db).selectFrom('people_employee').selectAll().where('employee_number', '=', employeeNumber).executeTakeFirst();

export const findEmployeeOfUser = (db: CompanyDb, userId: string) =>
  typed(db).selectFrom('people_employee').selectAll().where('user_id', '=', userId).executeTakeFirst();

export const findEmployeesByIds = (db: CompanyDb, ids: string[]) =>
  ids.length ? typed(db).selectFrom('people_employee').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]);

export const insertEmployee = (db: CompanyDb, row: Omit<Insertable<EmployeeTable>, 'company_id' | 'search_text'>) =>
  typed(db)
    .insertInto('people_employee')
    .values({ ...row, search_text: employeeSearchText(row as Searchable) } as Insertable<EmployeeTable>)
    .execute();

const SEARCHED = ['employee_number', 'name_en', 'name_ar', 'email'] as const;

/** Updates an employee row; the search text follows any change of names, number or e-mail. */
export async function updateEmployeeRow(db: CompanyDb, id: string, patch: Omit<Updateable<EmployeeTable>, 'search_text'>) {
  let searchText: { search_text: string } | undefined;
  if (SEARCHED.some((c) => patch[c] !== undefined)) {
    const row = await findEmployee(db, id);
    if (row) searchText = { search_text: employeeSearchText({ ...row, ...patch } as Searchable) };
  }
  await typed(db)
    .updateTable('people_employee')
    .set({ ...patch, ...searchText })
    .where('id', '=', id)
    .execute();
}

export interface EmployeeFilter {
  q?: string;
  departmentId?: string;
  status: 'active' | 'ended' | 'all';
  /** The day "current department" and "active" are judged on. */
  asOf: string;
}

/**
 * A page of employees by name, filtered by text, by their department on `asOf`, and by status. The
 * list index (company, name, id, end date, search text) gives the order, the status and the text
 * without reading rows; the department comes from the job spans (one range lookup per employee).
 */
export async function listEmployeeRows(db: CompanyDb, f: EmployeeFilter, page: { limit: number; offset: number }) {
  let q = typed(db).selectFrom('people_employee as e');
  const text = f.q ? normaliseSearch(f.q) : '';
  if (text) q = q.where(() => likeText(sql.ref('e.search_text'), text));
  if (f.status === 'active') q = q.where((eb) => employedOn(eb, f.asOf));
  if (f.status === 'ended') q = q.where('e.end_date', '<', f.asOf);
  if (f.departmentId) {
    const dept = f.departmentId;
    q = q.where('e.id', 'in', (eb) =>
      eb
        .selectFrom('people_job_span as s')
        .select('s.employee_id')
        .where('s.department_id', '=', dept)
        .where((s) => spanOn(s, f.asOf)),
    );
  }
  const [ids, count] = await Promise.all([
    q.select('e.id').orderBy('e.name_en').orderBy('e.id').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<bigint | number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  // the page's rows by id, in the page's order (skipped rows are never read in full)
  const byId = new Map(
    (
      await findEmployeesByIds(
        db,
        ids.map((r) => r.id),
      )
    ).map((r) => [r.id, r]),
  );
  const rows = ids.map((r) => byId.get(r.id)).filter((r): r is EmployeeTable => r !== undefined);
  return { rows, total: Number(count.n) };
}
