import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { presentSummaries } from './employee-view.ts';
import { findEmployeeOfUser, findEmployeesByIds } from './employees.repository.ts';
import { currentAssignments } from './job-spans.ts';
import type { EmployeeSummary } from './people.schemas.ts';

/** The acting user's own employee record, if linked, and their direct reports on `asOf` (non-sensitive). */
export async function listTeam(db: CompanyDb, actor: Actor, asOf: string): Promise<{ self: EmployeeSummary | null; reports: EmployeeSummary[] }> {
  const self = actor.userId ? await findEmployeeOfUser(db, actor.userId) : undefined;
  if (!self) return { self: null, reports: [] };
  const ids = (await currentAssignments(db, asOf)).filter((a) => a.managerId === self.id).map((a) => a.employeeId);
  const rows = (await findEmployeesByIds(db, ids)).sort((a, b) => a.name_en.localeCompare(b.name_en));
  const [me, ...reports] = await presentSummaries(db, [self, ...rows], asOf);
  return { self: me ?? null, reports };
}
