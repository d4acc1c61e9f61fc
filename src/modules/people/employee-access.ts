import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { inEffectOn } from './effective-dating.ts';
import { findEmployee, findEmployeeOfUser } from './employees.repository.ts';
import { jobRecordsOf } from './history.repository.ts';
import type { EmployeeView } from './people.schemas.ts';

/** The manager of an employee on `date`, from the job record then in effect. */
export async function managerOn(db: CompanyDb, employeeId: string, date: string): Promise<string | null> {
  const jobs = await jobRecordsOf(db, [employeeId]);
  return (
    inEffectOn(
      jobs.map((j) => ({ ...j, effectiveDate: j.effective_date })),
      date,
    )?.manager_id ?? null
  );
}

/**
 * Object-level access to one employee record. HR (people.read) sees every employee of the company;
 * anyone else sees their own record (linked to their user) and their direct reports' on `date`.
 * Every other id answers NOT_FOUND, exactly as an id that does not exist.
 */
export async function visibleEmployee(db: CompanyDb, actor: Actor, id: string, date: string) {
  const row = await findEmployee(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (actor.permissions.has('people.read')) return { row, access: 'hr' as EmployeeView['access'] };
  const self = actor.userId ? await findEmployeeOfUser(db, actor.userId) : undefined;
  if (self?.id === row.id) return { row, access: 'self' as const };
  if (self && (await managerOn(db, row.id, date)) === self.id) return { row, access: 'manager' as const };
  throw new AppError('NOT_FOUND');
}

/** The employee record an actor may act on as HR; another company's or unknown id → NOT_FOUND. */
export async function requireEmployee(db: CompanyDb, id: string) {
  const row = await findEmployee(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
