import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inEffectOn, timeline } from './effective-dating.ts';
import { findEmployeesByIds } from './employees.repository.ts';
import { jobRecordsOf } from './history.repository.ts';
import { listDepartmentRows, listPositionRows } from './org.repository.ts';
import type { AssignmentView, EmployeeSummary, EmployeeView } from './people.schemas.ts';
import type { EmployeeTable, JobRecordTable } from './people.tables.ts';
import { REDACTED_WITHOUT_REVEAL } from './sensitive-fields.ts';

type Named = { en: string; ar: string };

/** Names of the departments, positions and managers that job records refer to. */
async function nameBook(db: CompanyDb, jobs: JobRecordTable[]) {
  const managerIds = [...new Set(jobs.map((j) => j.manager_id).filter((x): x is string => x !== null))];
  const [departments, positions, managers] = await Promise.all([listDepartmentRows(db), listPositionRows(db), findEmployeesByIds(db, managerIds)]);
  return {
    department: new Map<string, Named>(departments.map((d) => [d.id, { en: d.name_en, ar: d.name_ar }])),
    position: new Map<string, Named>(positions.map((p) => [p.id, { en: p.title_en, ar: p.title_ar }])),
    manager: new Map<string, Named>(managers.map((m) => [m.id, { en: m.name_en, ar: m.name_ar }])),
  };
}
type NameBook = Awaited<ReturnType<typeof nameBook>>;

function presentAssignment(j: JobRecordTable & { until: string | null }, names: NameBook): AssignmentView {
  const name = (map: Map<string, Named>, id: string | null) => (id ? (map.get(id) ?? null) : null);
  return {
    effectiveDate: j.effective_date,
    until: j.until,
    departmentId: j.department_id,
    departmentName: name(names.department, j.department_id),
    positionId: j.position_id,
    positionTitle: name(names.position, j.position_id),
    managerId: j.manager_id,
    managerName: name(names.manager, j.manager_id),
    reason: j.reason,
    recordedAt: j.recorded_at,
  };
}

const dated = (jobs: JobRecordTable[]) => timeline(jobs.map((j) => ({ ...j, effectiveDate: j.effective_date })));

function summary(row: EmployeeTable, current: AssignmentView | null): EmployeeSummary {
  return {
    id: row.id,
    employeeNumber: row.employee_number,
    nameEn: row.name_en,
    nameAr: row.name_ar,
    email: row.email,
    hireDate: row.hire_date,
    endDate: row.end_date,
    employmentType: row.employment_type,
    workLocation: row.work_location,
    current,
  };
}

/** List rows with each employee's assignment in effect on `asOf`. */
export async function presentSummaries(db: CompanyDb, rows: EmployeeTable[], asOf: string): Promise<EmployeeSummary[]> {
  const jobs = await jobRecordsOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await nameBook(db, jobs);
  return rows.map((row) => {
    const history = dated(jobs.filter((j) => j.employee_id === row.id));
    const current = inEffectOn(history, asOf);
    return summary(row, current ? presentAssignment(current, names) : null);
  });
}

/**
 * The employee page: identity, contact, employment and the job timeline. Sensitive fields are never
 * in it; they are named in `redacted` and come only through the audited reveal.
 */
export async function presentEmployee(db: CompanyDb, row: EmployeeTable, asOf: string, access: EmployeeView['access']): Promise<EmployeeView> {
  const jobs = await jobRecordsOf(db, [row.id]);
  const names = await nameBook(db, jobs);
  const history = dated(jobs).map((j) => presentAssignment(j, names));
  const current = inEffectOn(history, asOf) ?? null;
  return {
    ...summary(row, current),
    phone: row.phone,
    address: row.address,
    userId: row.user_id,
    endReason: row.end_reason,
    timeZone: row.time_zone,
    timeline: history,
    redacted: [...REDACTED_WITHOUT_REVEAL],
    access,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
