import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { presentSummaries } from './employee-view.ts';
import { listEmployeeRows } from './employees.repository.ts';
import type { EmployeeSummary } from './people.schemas.ts';

/** A page of employees (non-sensitive fields only) with their assignment on `asOf`. */
export async function listEmployees(
  db: CompanyDb,
  filter: { q?: string; departmentId?: string; status: 'active' | 'ended' | 'all'; asOf: string },
  page: { page: number; pageSize: number },
): Promise<{ items: EmployeeSummary[]; total: number }> {
  const { rows, total } = await listEmployeeRows(db, filter, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
  return { items: await presentSummaries(db, rows, filter.asOf), total };
}
