import type { Insertable, Kysely, Updateable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import type { LeaveRequestStatus, LeaveRequestTable } from './leave-requests.tables.ts';
import type { PeopleTables } from './people.tables.ts';
import { typed } from './people-db.ts';

/** People's tables plus this slice's own (its type lives beside it; the module's company-table list names it). */
type Rdb = Kysely<PeopleTables & { people_leave_request: LeaveRequestTable }>;
const rdb = (db: CompanyDb) => db as unknown as Rdb;

export const findLeaveRequest = (db: CompanyDb, id: string) => rdb(db).selectFrom('people_leave_request').selectAll().where('id', '=', id).executeTakeFirst();

export const insertLeaveRequest = (db: CompanyDb, row: Omit<Insertable<LeaveRequestTable>, 'company_id'>) =>
  rdb(db)
    .insertInto('people_leave_request')
    .values(row as Insertable<LeaveRequestTable>)
    .execute();

/** Moves a request on only from the status it was read in, so two deciders cannot both win. */
export async function updateLeaveRequestFrom(db: CompanyDb, id: string, from: LeaveRequestStatus, patch: Updateable<LeaveRequestTable>) {
  const r = await rdb(db).updateTable('people_leave_request').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Pending and approved requests of an employee that touch [from, to] (by day; half days are judged by the caller). */
export const liveRequestsTouching = (db: CompanyDb, employeeId: string, from: string, to: string) =>
  rdb(db)
    .selectFrom('people_leave_request')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('status', 'in', ['pending', 'approved'])
    .where('from_date', '<=', to)
    .where('to_date', '>=', from)
    .execute();

export const pendingRequestsOf = (db: CompanyDb, employeeId: string) =>
  rdb(db).selectFrom('people_leave_request').selectAll().where('employee_id', '=', employeeId).where('status', '=', 'pending').execute();

export interface LeaveRequestFilter {
  ids?: string[];
  employeeIds?: string[];
  excludeEmployeeId?: string;
  status?: LeaveRequestStatus;
  from?: string;
  to?: string;
}

/** A page of requests with their employee's and leave type's names, newest first. */
export async function listLeaveRequestRows(db: CompanyDb, f: LeaveRequestFilter, page: { limit: number; offset: number }) {
  let q = rdb(db)
    .selectFrom('people_leave_request as r')
    .innerJoin('people_employee as e', 'e.id', 'r.employee_id')
    .innerJoin('people_leave_type as t', 't.id', 'r.leave_type_id');
  if (f.ids) q = q.where('r.id', 'in', f.ids);
  if (f.employeeIds) q = f.employeeIds.length ? q.where('r.employee_id', 'in', f.employeeIds) : q.where('r.id', '=', '');
  if (f.excludeEmployeeId) q = q.where('r.employee_id', '!=', f.excludeEmployeeId);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.from) q = q.where('r.to_date', '>=', f.from);
  if (f.to) q = q.where('r.from_date', '<=', f.to);
  const [rows, count] = await Promise.all([
    q
      .selectAll('r')
      .select(['e.employee_number', 'e.name_en as employee_name_en', 'e.name_ar as employee_name_ar', 'e.user_id as employee_user_id'])
      .select(['t.code as type_code', 't.name_en as type_name_en', 't.name_ar as type_name_ar'])
      .orderBy('r.from_date', 'desc')
      .orderBy('r.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<bigint | number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type LeaveRequestListRow = Awaited<ReturnType<typeof listLeaveRequestRows>>['rows'][number];

/** Pending and approved requests that touch a date range (the team calendar). */
export const liveRequestsBetween = (db: CompanyDb, employeeIds: string[], from: string, to: string) =>
  employeeIds.length
    ? rdb(db)
        .selectFrom('people_leave_request as r')
        .innerJoin('people_leave_type as t', 't.id', 'r.leave_type_id')
        .selectAll('r')
        .select(['t.code as type_code', 't.name_en as type_name_en', 't.name_ar as type_name_ar'])
        .where('r.employee_id', 'in', employeeIds)
        .where('r.status', 'in', ['pending', 'approved'])
        .where('r.from_date', '<=', to)
        .where('r.to_date', '>=', from)
        .orderBy('r.from_date')
        .execute()
    : Promise.resolve([]);

/** PostgreSQL: hold the employee's row until the transaction ends, so two requests of one person are judged one after the other (SQLite writers are serial already). */
export async function lockEmployee(db: CompanyDb, employeeId: string) {
  if (isPostgres(db)) await typed(db).selectFrom('people_employee').select('id').where('id', '=', employeeId).forUpdate().execute();
}
