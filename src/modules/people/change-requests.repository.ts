import type { Insertable, Updateable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { ChangeRequestStatus, ChangeRequestTable } from './change-requests.tables.ts';
import { typed } from './people-db.ts';

export const insertChangeRequest = (db: CompanyDb, row: Omit<Insertable<ChangeRequestTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_change_request')
    .values(row as Insertable<ChangeRequestTable>)
    .execute();

export const findChangeRequest = (db: CompanyDb, id: string) =>
  typed(db).selectFrom('people_change_request').selectAll().where('id', '=', id).executeTakeFirst();

/** Marks a pending request decided; answers how many rows changed (0: it was no longer pending). */
export async function decideChangeRequestRow(db: CompanyDb, id: string, patch: Updateable<ChangeRequestTable>): Promise<number> {
  const res = await typed(db).updateTable('people_change_request').set(patch).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** A page of requests, newest first, of one employee or of everyone, in one status or all. */
export async function listChangeRequestRows(
  db: CompanyDb,
  f: { status: ChangeRequestStatus | 'all'; employeeId?: string },
  page: { limit: number; offset: number },
) {
  let q = typed(db).selectFrom('people_change_request');
  if (f.status !== 'all') q = q.where('status', '=', f.status);
  if (f.employeeId) q = q.where('employee_id', '=', f.employeeId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<bigint | number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
