import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inEffectOn } from './effective-dating.ts';
import { allJobRecords } from './history.repository.ts';

/** Each employee employed on `asOf` with the department and position of the job record then in effect. */
export async function currentAssignments(db: CompanyDb, asOf: string) {
  const jobs = await allJobRecords(db, asOf);
  const byEmployee = new Map<string, (typeof jobs)[number][]>();
  for (const j of jobs) byEmployee.set(j.employee_id, [...(byEmployee.get(j.employee_id) ?? []), j]);
  const out: { employeeId: string; departmentId: string | null; positionId: string | null; managerId: string | null }[] = [];
  for (const [employeeId, history] of byEmployee) {
    const current = inEffectOn(
      history.map((h) => ({ ...h, effectiveDate: h.effective_date })),
      asOf,
    );
    if (current) out.push({ employeeId, departmentId: current.department_id, positionId: current.position_id, managerId: current.manager_id });
  }
  return out;
}
