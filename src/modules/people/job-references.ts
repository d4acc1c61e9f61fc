import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { findEmployee } from './employees.repository.ts';
import { findDepartment, findPosition } from './org.repository.ts';

export interface Issue {
  path: string;
  message: string;
}

/** The department, position and manager a job record names must exist in the company; nobody manages themself. */
export async function jobReferenceIssues(
  db: CompanyDb,
  employeeId: string,
  ref: { departmentId?: string | null; positionId?: string | null; managerId?: string | null },
): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (ref.departmentId && !(await findDepartment(db, ref.departmentId))) issues.push({ path: 'departmentId', message: 'No such department' });
  if (ref.positionId && !(await findPosition(db, ref.positionId))) issues.push({ path: 'positionId', message: 'No such position' });
  if (ref.managerId) {
    if (ref.managerId === employeeId) issues.push({ path: 'managerId', message: 'An employee cannot be their own manager' });
    else if (!(await findEmployee(db, ref.managerId))) issues.push({ path: 'managerId', message: 'No such employee' });
  }
  return issues;
}
