import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { currentAssignments } from './current-assignments.ts';
import { findEmployeesByIds } from './employees.repository.ts';
import { listDepartmentRows, listPositionRows } from './org.repository.ts';

/** Who reports to whom on `asOf`: each employed person's manager (null: a root of the chart). */
async function lines(db: CompanyDb, asOf: string) {
  const assignments = await currentAssignments(db, asOf);
  const employed = new Set(assignments.map((a) => a.employeeId));
  const children = new Map<string | null, typeof assignments>();
  for (const a of assignments) {
    // a manager who has left no longer holds anyone: their reports show as roots
    const parent = a.managerId && employed.has(a.managerId) ? a.managerId : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  }
  return { assignments, children, managerOf: new Map(assignments.map((a) => [a.employeeId, a.managerId && employed.has(a.managerId) ? a.managerId : null])) };
}

/**
 * One level of the org chart: the direct reports of `managerId` (or the people with no manager),
 * by name, a page at a time, each with how many report to them in turn.
 */
export async function reportingLevel(db: CompanyDb, asOf: string, managerId: string | null, page: { page: number; pageSize: number }) {
  const { children } = await lines(db, asOf);
  const level = children.get(managerId) ?? [];
  const rows = await findEmployeesByIds(
    db,
    level.map((a) => a.employeeId),
  );
  rows.sort((a, b) => a.name_en.localeCompare(b.name_en) || a.id.localeCompare(b.id));
  const slice = rows.slice((page.page - 1) * page.pageSize, page.page * page.pageSize);
  const [departments, positions] = await Promise.all([listDepartmentRows(db), listPositionRows(db)]);
  const dept = new Map(departments.map((d) => [d.id, { en: d.name_en, ar: d.name_ar }]));
  const pos = new Map(positions.map((p) => [p.id, { en: p.title_en, ar: p.title_ar }]));
  const byId = new Map(level.map((a) => [a.employeeId, a]));
  return {
    total: rows.length,
    items: slice.map((e) => {
      const a = byId.get(e.id);
      return {
        id: e.id,
        employeeNumber: e.employee_number,
        nameEn: e.name_en,
        nameAr: e.name_ar,
        departmentName: a?.departmentId ? (dept.get(a.departmentId) ?? null) : null,
        positionTitle: a?.positionId ? (pos.get(a.positionId) ?? null) : null,
        directReports: children.get(e.id)?.length ?? 0,
      };
    }),
  };
}

/** The managers above an employee, from the top of the chart down (for opening the chart at a search hit). */
export async function managerChain(db: CompanyDb, asOf: string, employeeId: string): Promise<string[]> {
  const { managerOf } = await lines(db, asOf);
  if (!managerOf.has(employeeId)) throw new AppError('NOT_FOUND', 'Not employed on this date');
  const chain: string[] = [];
  const seen = new Set([employeeId]);
  for (let m = managerOf.get(employeeId) ?? null; m && !seen.has(m); m = managerOf.get(m) ?? null) {
    seen.add(m);
    chain.unshift(m);
  }
  return chain;
}
