import { type Insertable, sql, type Updateable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { likeText } from '../../platform/db/like.ts';
import type { EmployeeTable } from './people.tables.ts';
import { typed } from './people-db.ts';

export const findEmployee = (db: CompanyDb, id: string) => typed(db).selectFrom('people_employee').selectAll().where('id', '=', id).executeTakeFirst();

export const findEmployeeByNumber = (db: CompanyDb, employeeNumber: string) =>
  typed(db).selectFrom('people_employee').selectAll().where('employee_number', '=', employeeNumber).executeTakeFirst();

export const findEmployeeOfUser = (db: CompanyDb, userId: string) =>
  typed(db).selectFrom('people_employee').selectAll().where('user_id', '=', userId).executeTakeFirst();

export const findEmployeesByIds = (db: CompanyDb, ids: string[]) =>
  ids.length ? typed(db).selectFrom('people_employee').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]);

export const insertEmployee = (db: CompanyDb, row: Omit<Insertable<EmployeeTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_employee')
    .values(row as Insertable<EmployeeTable>)
    .execute();

export const updateEmployeeRow = (db: CompanyDb, id: string, patch: Updateable<EmployeeTable>) =>
  typed(db).updateTable('people_employee').set(patch).where('id', '=', id).execute();

export interface EmployeeFilter {
  q?: string;
  departmentId?: string;
  status: 'active' | 'ended' | 'all';
  /** The day "current department" and "active" are judged on. */
  asOf: string;
}

/** A page of employees by name, filtered by text, by their department on `asOf`, and by status. */
export async function listEmployeeRows(db: CompanyDb, f: EmployeeFilter, page: { limit: number; offset: number }) {
  let q = typed(db).selectFrom('people_employee as e');
  if (f.q) {
    // case-insensitive on both dialects (PostgreSQL LIKE is case-sensitive)
    const text = f.q.toLowerCase();
    const lower = (column: 'e.name_en' | 'e.name_ar' | 'e.employee_number' | 'e.email') => sql`lower(${sql.ref(column)})`;
    q = q.where((eb) =>
      eb.or([
        likeText(lower('e.name_en'), text),
        likeText(lower('e.name_ar'), text),
        likeText(lower('e.employee_number'), text),
        likeText(lower('e.email'), text),
      ]),
    );
  }
  if (f.status === 'active') q = q.where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', f.asOf)]));
  if (f.status === 'ended') q = q.where('e.end_date', '<', f.asOf);
  if (f.departmentId) {
    const dept = f.departmentId;
    // the department of the job record in effect on asOf (the latest dated on or before it)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('people_job as j')
          .select('j.id')
          .whereRef('j.employee_id', '=', 'e.id')
          .where('j.department_id', '=', dept)
          .where('j.effective_date', '=', (sub) =>
            sub
              .selectFrom('people_job as j2')
              .select((s) => s.fn.max('j2.effective_date').as('d'))
              .whereRef('j2.employee_id', '=', 'e.id')
              .where('j2.effective_date', '<=', f.asOf),
          ),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    q.selectAll('e').orderBy('e.name_en').orderBy('e.id').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<bigint | number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
