import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { userLinkIssues } from './create-employee.ts';
import { requireEmployee } from './employee-access.ts';
import { findEmployeeByNumber, updateEmployeeRow } from './employees.repository.ts';
import { type EmployeePatch, employeePatchSchema } from './people.schemas.ts';
import type { PeopleCall } from './people-db.ts';
import { SENSITIVE_FIELD_NAMES, sealSensitive } from './sensitive-fields.ts';

const COLUMNS = {
  employeeNumber: 'employee_number',
  nameEn: 'name_en',
  nameAr: 'name_ar',
  email: 'email',
  phone: 'phone',
  address: 'address',
  userId: 'user_id',
  hireDate: 'hire_date',
  endDate: 'end_date',
  endReason: 'end_reason',
  employmentType: 'employment_type',
  workLocation: 'work_location',
  timeZone: 'time_zone',
} as const;

/**
 * Identity, contact, employment terms and sensitive fields. Department, position, manager and pay
 * are not here: they change through dated records. The audit event names the changed fields only.
 */
export async function updateEmployee(db: CompanyDb, call: PeopleCall, id: string, input: EmployeePatch): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    const row = await requireEmployee(trx, id);
    const p = employeePatchSchema.parse(input);
    const set: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(COLUMNS)) {
      const value = p[field as keyof typeof COLUMNS];
      if (value !== undefined) set[column] = value === '' ? null : value;
    }
    const issues = await userLinkIssues(trx, p.userId, id);
    const hire = p.hireDate ?? row.hire_date;
    const end = p.endDate !== undefined ? p.endDate : row.end_date;
    if (end && end < hire) issues.push({ path: 'endDate', message: 'The end date is before the hire date' });
    if (issues.length) throw new AppError('VALIDATION', 'The employee is not valid', issues);
    if (p.employeeNumber && p.employeeNumber !== row.employee_number && (await findEmployeeByNumber(trx, p.employeeNumber))) {
      throw new AppError('CONFLICT', `Employee number ${p.employeeNumber} is taken`, { field: 'employeeNumber' });
    }
    const changed = [...Object.keys(COLUMNS), ...SENSITIVE_FIELD_NAMES].filter((f) => p[f as keyof EmployeePatch] !== undefined);
    if (changed.length === 0) return { id };
    await updateEmployeeRow(trx, id, { ...set, ...sealSensitive(call.secrets, id, p), updated_at: call.clock.now().toISOString() });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.employee.updated',
      targetType: 'people_employee',
      targetId: id,
      summary: { fields: changed },
    });
    return { id };
  });
}
