import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { datingProblem, inEffectOn } from './effective-dating.ts';
import { requireEmployee } from './employee-access.ts';
import { insertJobRecord, jobRecordsOf } from './history.repository.ts';
import { jobReferenceIssues } from './job-references.ts';
import { type JobChangeInput, jobChangeSchema } from './people.schemas.ts';
import type { PeopleCall } from './people-db.ts';

/**
 * A change of department, position or manager from a date: a new job record holding the whole
 * assignment (fields left out are carried from the one in effect that day). Nothing is overwritten.
 */
export async function changeJob(db: CompanyDb, call: PeopleCall, employeeId: string, input: JobChangeInput) {
  return inTransaction(db, async (trx) => {
    const employee = await requireEmployee(trx, employeeId);
    const c = jobChangeSchema.parse(input);
    const history = (await jobRecordsOf(trx, [employeeId])).map((j) => ({ ...j, effectiveDate: j.effective_date }));
    const problem = datingProblem(history, c.effectiveDate, employee.hire_date);
    if (problem) throw new AppError('CONFLICT', problem, { field: 'effectiveDate' });
    const before = inEffectOn(history, c.effectiveDate);
    const next = {
      department_id: c.departmentId !== undefined ? c.departmentId : (before?.department_id ?? null),
      position_id: c.positionId !== undefined ? c.positionId : (before?.position_id ?? null),
      manager_id: c.managerId !== undefined ? c.managerId : (before?.manager_id ?? null),
    };
    const issues = await jobReferenceIssues(trx, employeeId, { departmentId: next.department_id, positionId: next.position_id, managerId: next.manager_id });
    if (issues.length) throw new AppError('VALIDATION', 'The job change is not valid', issues);
    const id = newId();
    await insertJobRecord(trx, {
      id,
      employee_id: employeeId,
      effective_date: c.effectiveDate,
      ...next,
      reason: c.reason,
      recorded_at: call.clock.now().toISOString(),
      recorded_by: call.actor.label,
    });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'people.job.changed',
      targetType: 'people_employee',
      targetId: employeeId,
      summary: { effectiveDate: c.effectiveDate, ...next },
    });
    return { id };
  });
}
