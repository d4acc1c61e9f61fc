import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { getUser } from '../../platform/users/index.ts';
import { findEmployeeByNumber, findEmployeeOfUser, insertEmployee } from './employees.repository.ts';
import { insertJobRecord } from './history.repository.ts';
import { type Issue, jobReferenceIssues } from './job-references.ts';
import { type EmployeeInput, employeeInputSchema } from './people.schemas.ts';
import { isUniqueViolation, type PeopleCall } from './people-db.ts';
import { recordCompensation } from './record-compensation.ts';
import { sealSensitive } from './sensitive-fields.ts';

/** The user an employee record links to must be a user of this company, and not linked already. */
export async function userLinkIssues(db: CompanyDb, userId: string | null | undefined, employeeId: string): Promise<Issue[]> {
  if (!userId) return [];
  const found = await getUser(db, userId).catch(() => undefined);
  if (!found) return [{ path: 'userId', message: 'No such user in this company' }];
  const linked = await findEmployeeOfUser(db, userId);
  if (linked && linked.id !== employeeId) return [{ path: 'userId', message: `The user is linked to employee ${linked.employee_number}` }];
  return [];
}

/** The row of a new employee (sensitive fields sealed, bound to the record id). */
export function employeeRow(call: PeopleCall, id: string, e: EmployeeInput, now: string) {
  return {
    id,
    employee_number: e.employeeNumber,
    name_en: e.nameEn,
    name_ar: e.nameAr,
    email: e.email ?? null,
    phone: e.phone || null,
    address: e.address || null,
    user_id: e.userId ?? null,
    hire_date: e.hireDate,
    end_date: e.endDate ?? null,
    end_reason: e.endReason || null,
    employment_type: e.employmentType,
    work_location: e.workLocation,
    time_zone: e.timeZone,
    national_id_enc: null,
    birth_date_enc: null,
    iban_enc: null,
    emergency_contact_enc: null,
    health_notes_enc: null,
    ...sealSensitive(call.secrets, id, e),
    created_at: now,
    updated_at: now,
  };
}

/**
 * A new employee: the record, the first job record (from the hire date) and, when given, the
 * starting pay. Employee numbers are unique in the company. Sensitive fields are encrypted here.
 */
export async function createEmployee(db: CompanyDb, call: PeopleCall, input: EmployeeInput): Promise<{ id: string }> {
  const e = employeeInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    if (await findEmployeeByNumber(trx, e.employeeNumber)) {
      throw new AppError('CONFLICT', `Employee number ${e.employeeNumber} is taken`, { field: 'employeeNumber' });
    }
    const id = newId();
    const issues = [...(await jobReferenceIssues(trx, id, e)), ...(await userLinkIssues(trx, e.userId, id))];
    if (e.endDate && e.endDate < e.hireDate) issues.push({ path: 'endDate', message: 'The end date is before the hire date' });
    if (issues.length) throw new AppError('VALIDATION', 'The employee is not valid', issues);
    const now = call.clock.now().toISOString();
    try {
      await insertEmployee(trx, employeeRow(call, id, e, now));
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', `Employee number ${e.employeeNumber} is taken`, { field: 'employeeNumber' });
      throw err;
    }
    await insertJobRecord(trx, {
      id: newId(),
      employee_id: id,
      effective_date: e.hireDate,
      department_id: e.departmentId ?? null,
      position_id: e.positionId ?? null,
      manager_id: e.managerId ?? null,
      reason: 'hire',
      recorded_at: now,
      recorded_by: call.actor.label,
    });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.employee.created',
      targetType: 'people_employee',
      targetId: id,
      summary: { employeeNumber: e.employeeNumber },
    });
    if (e.compensation) {
      await recordCompensation(trx, call, id, { ...e.compensation, effectiveDate: e.hireDate, reason: e.compensation.reason ?? 'hire' });
    }
    return { id };
  });
}
