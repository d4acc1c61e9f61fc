import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { employedOn, spanOn } from './job-spans.ts';
import { listDepartmentRows, listPositionRows } from './org.repository.ts';
import { typed } from './people-db.ts';

/** The people employed on `asOf` with the assignment then in effect (spans joined to employees). */
const employedSpans = (db: CompanyDb, asOf: string) =>
  typed(db)
    .selectFrom('people_job_span as s')
    .innerJoin('people_employee as e', 'e.id', 's.employee_id')
    .where((eb) => spanOn(eb, asOf))
    .where((eb) => employedOn(eb, asOf));

/** The managers named by assignments on `asOf` who are not employed then: their reports show at the top. */
async function departedManagers(db: CompanyDb, asOf: string): Promise<string[]> {
  const named = await typed(db)
    .selectFrom('people_job_span as s')
    .select('s.manager_id')
    .distinct()
    .where((eb) => spanOn(eb, asOf))
    .where('s.manager_id', 'is not', null)
    .execute();
  const ids = named.map((r) => r.manager_id).filter((x): x is string => x !== null);
  const employed = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await employedSpans(db, asOf)
      .select('s.employee_id')
      .where('s.employee_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) employed.add(r.employee_id);
  }
  return ids.filter((id) => !employed.has(id));
}

/**
 * One level of the org chart: the direct reports of `managerId` (or the people with no manager, or
 * whose manager has left), by name, a page at a time, each with how many report to them in turn.
 * Set-based: a count, one page and the page's report counts, whatever the company's size.
 */
export async function reportingLevel(db: CompanyDb, asOf: string, managerId: string | null, page: { page: number; pageSize: number }) {
  const left = managerId ? [] : await departedManagers(db, asOf);
  if (managerId && (await managerOn(db, asOf, managerId)) === undefined) return { total: 0, items: [] };
  const level = employedSpans(db, asOf).where((eb) =>
    managerId ? eb('s.manager_id', '=', managerId) : eb.or([eb('s.manager_id', 'is', null), ...(left.length ? [eb('s.manager_id', 'in', left)] : [])]),
  );
  const [rows, count, departments, positions] = await Promise.all([
    level
      .select(['e.id', 'e.employee_number', 'e.name_en', 'e.name_ar', 's.department_id', 's.position_id'])
      .orderBy('e.name_en')
      .orderBy('e.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    level.select((eb) => eb.fn.countAll<bigint | number | string>().as('n')).executeTakeFirstOrThrow(),
    listDepartmentRows(db),
    listPositionRows(db),
  ]);
  const ids = rows.map((r) => r.id);
  const reports = ids.length
    ? await employedSpans(db, asOf)
        .select(['s.manager_id', (eb) => eb.fn.countAll<bigint | number | string>().as('n')])
        .where('s.manager_id', 'in', ids)
        .groupBy('s.manager_id')
        .execute()
    : [];
  const reportCount = new Map(reports.map((r) => [r.manager_id, Number(r.n)]));
  const dept = new Map(departments.map((d) => [d.id, { en: d.name_en, ar: d.name_ar }]));
  const pos = new Map(positions.map((p) => [p.id, { en: p.title_en, ar: p.title_ar }]));
  return {
    total: Number(count.n),
    items: rows.map((e) => ({
      id: e.id,
      employeeNumber: e.employee_number,
      nameEn: e.name_en,
      nameAr: e.name_ar,
      departmentName: e.department_id ? (dept.get(e.department_id) ?? null) : null,
      positionTitle: e.position_id ? (pos.get(e.position_id) ?? null) : null,
      directReports: reportCount.get(e.id) ?? 0,
    })),
  };
}

/** The manager on `asOf` of an employee employed then (null: none, or one who has left); undefined when not employed. */
async function managerOn(db: CompanyDb, asOf: string, employeeId: string): Promise<string | null | undefined> {
  const row = await employedSpans(db, asOf).select('s.manager_id').where('s.employee_id', '=', employeeId).executeTakeFirst();
  return row ? row.manager_id : undefined;
}

/** The managers above an employee, from the top of the chart down (for opening the chart at a search hit). */
export async function managerChain(db: CompanyDb, asOf: string, employeeId: string): Promise<string[]> {
  const first = await managerOn(db, asOf, employeeId);
  if (first === undefined) throw new AppError('NOT_FOUND', 'Not employed on this date');
  const chain: string[] = [];
  const seen = new Set([employeeId]);
  for (let m = first; m && !seen.has(m); ) {
    const above = await managerOn(db, asOf, m);
    if (above === undefined) break; // a manager who has left: the chart starts below them
    seen.add(m);
    chain.unshift(m);
    m = above;
  }
  return chain;
}
