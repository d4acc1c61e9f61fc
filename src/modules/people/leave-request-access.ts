import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AuthTables } from '../../platform/auth/auth.tables.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { managerOn, visibleEmployee } from './employee-access.ts';
import { findEmployeeOfUser } from './employees.repository.ts';
import type { LeaveRequestTable } from './leave-requests.tables.ts';
import type { EmployeeTable } from './people.tables.ts';

export const APPROVE = 'people.leave.approve';

/** The acting user's own employee record in this company, if their user is linked to one. */
export const actingEmployee = async (db: CompanyDb, actor: Actor) => (actor.userId ? await findEmployeeOfUser(db, actor.userId) : undefined);

/**
 * The employee a request is filed for: the actor's own record, or (HR, people.write) anyone's. A
 * manager cannot file for a report (403); a record the actor cannot see answers 404 like an unknown one.
 */
export async function employeeToRequestFor(db: CompanyDb, actor: Actor, employeeId: string | undefined, today: string): Promise<EmployeeTable> {
  if (!employeeId) {
    const self = await actingEmployee(db, actor);
    if (!self) throw new AppError('VALIDATION', 'Your user is not linked to an employee record', [{ path: 'employeeId', message: 'Name the employee' }]);
    return self;
  }
  const { row, access } = await visibleEmployee(db, actor, employeeId, today);
  if (access === 'self' || actor.permissions.has('people.write')) return row;
  throw new AppError('FORBIDDEN', 'Only the employee or HR may request leave for them', { field: 'employeeId', reason: 'notSelf' });
}

/**
 * Who may decide a request: its employee's manager on `today` (from the job record in effect) or a
 * holder of people.leave.approve, never the employee themself. Returns the reason when not.
 */
export async function decideRefusal(db: CompanyDb, actor: Actor, request: Pick<LeaveRequestTable, 'employee_id'>, today: string): Promise<string | null> {
  const self = await actingEmployee(db, actor);
  if (self?.id === request.employee_id) return 'ownRequest';
  if (actor.permissions.has(APPROVE)) return null;
  if (self && (await managerOn(db, request.employee_id, today)) === self.id) return null;
  return 'notApprover';
}

/** Users who may approve a request of `employeeId`: the manager's user and every active holder of people.leave.approve, not the employee. */
export async function approverUsers(db: CompanyDb, employee: EmployeeTable, today: string) {
  const adb = db as unknown as Kysely<AuthTables>;
  const holders = await adb
    .selectFrom('app_user')
    .select(['id', 'email', 'locale'])
    .where('active', '=', 1n as never)
    .where(
      'id',
      'in',
      adb
        .selectFrom('user_role')
        .innerJoin('role', 'role.id', 'user_role.role_id')
        .select('user_role.user_id')
        .where('role.permissions', 'like', `%"${APPROVE}"%`),
    )
    .execute();
  const managerId = await managerOn(db, employee.id, today);
  const manager = managerId
    ? await (db as unknown as Kysely<{ people_employee: EmployeeTable }>)
        .selectFrom('people_employee')
        .select('user_id')
        .where('id', '=', managerId)
        .executeTakeFirst()
    : undefined;
  const managerUser = manager?.user_id
    ? await adb
        .selectFrom('app_user')
        .select(['id', 'email', 'locale'])
        .where('id', '=', manager.user_id)
        .where('active', '=', 1n as never)
        .executeTakeFirst()
    : undefined;
  const all = [...(managerUser ? [managerUser] : []), ...holders];
  const seen = new Set<string>();
  return all.filter((u) => u.id !== employee.user_id && !seen.has(u.id) && seen.add(u.id));
}

export async function userToNotify(db: CompanyDb, userId: string | null) {
  if (!userId) return undefined;
  return (db as unknown as Kysely<AuthTables>)
    .selectFrom('app_user')
    .select(['id', 'email', 'locale'])
    .where('id', '=', userId)
    .where('active', '=', 1n as never)
    .executeTakeFirst();
}
