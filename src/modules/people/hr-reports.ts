import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { type DepartmentKey, departmentOn, headcountByMonth, type MonthFigures, monthsBetween, type Staff, turnover } from './hr-report-math.ts';
import { listLeavePolicyRows, listLeaveTypeRows } from './leave.repository.ts';
import { toDays } from './leave.schemas.ts';
import { leaveBalance } from './leave-balance.ts';
import { listDepartmentRows } from './org.repository.ts';
import { typed } from './people-db.ts';

type Named = { en: string; ar: string };
const NO_DEPARTMENT: Named = { en: 'No department', ar: 'بلا قسم' };

/** Every employee with the department history (two queries, whatever the company's size). */
async function loadStaff(db: CompanyDb): Promise<(Staff & { employmentType: string })[]> {
  const [employees, jobs] = await Promise.all([
    typed(db).selectFrom('people_employee').select(['id', 'hire_date', 'end_date', 'employment_type']).execute(),
    typed(db).selectFrom('people_job').select(['employee_id', 'effective_date', 'department_id']).orderBy('effective_date').execute(),
  ]);
  const byEmployee = new Map<string, Staff['jobs']>();
  for (const j of jobs) {
    const list = byEmployee.get(j.employee_id) ?? [];
    list.push({ effectiveDate: j.effective_date, departmentId: j.department_id });
    byEmployee.set(j.employee_id, list);
  }
  return employees.map((e) => ({ id: e.id, hireDate: e.hire_date, endDate: e.end_date, jobs: byEmployee.get(e.id) ?? [], employmentType: e.employment_type }));
}

async function departmentNames(db: CompanyDb) {
  const names = new Map<DepartmentKey, Named>((await listDepartmentRows(db)).map((d) => [d.id, { en: d.name_en, ar: d.name_ar }]));
  return (id: DepartmentKey) => (id ? (names.get(id) ?? NO_DEPARTMENT) : NO_DEPARTMENT);
}

function months(from: string, to: string) {
  if (from > to) throw new AppError('VALIDATION', 'The period ends before it starts', [{ path: 'to', message: 'Must be on or after from' }]);
  try {
    return monthsBetween(from, to);
  } catch {
    throw new AppError('VALIDATION', 'The period is too long', [{ path: 'to', message: 'At most 120 months after from' }]);
  }
}

const sortDepartments = <T extends { departmentName: Named }>(rows: T[]) => rows.sort((a, b) => a.departmentName.en.localeCompare(b.departmentName.en));

/** Headcount at each month's close, joiners and leavers, for the company and per department. */
export async function headcountReport(db: CompanyDb, q: { from: string; to: string }) {
  const list = months(q.from, q.to);
  const [staff, nameOf] = await Promise.all([loadStaff(db), departmentNames(db)]);
  const { opening, total, byDepartment } = headcountByMonth(staff, list);
  return {
    from: q.from,
    to: q.to,
    opening,
    months: total,
    departments: sortDepartments(
      [...byDepartment].map(([id, rows]: [DepartmentKey, MonthFigures[]]) => ({ departmentId: id, departmentName: nameOf(id), months: rows })),
    ),
  };
}

/** Turnover over the period: leavers ÷ average headcount, for the company, per department and per month. */
export async function turnoverReport(db: CompanyDb, q: { from: string; to: string }) {
  const h = await headcountReport(db, q);
  const previousClose = (rows: MonthFigures[], i: number, opening: number) => (i === 0 ? opening : (rows[i - 1]?.headcount ?? 0));
  // a department's opening is its close before the period: the first month's headcount minus its net movement
  const deptOpening = (rows: MonthFigures[]) => (rows[0] ? rows[0].headcount - rows[0].joiners + rows[0].leavers : 0);
  return {
    from: h.from,
    to: h.to,
    total: turnover(h.opening, h.months),
    monthly: h.months.map((m, i) => ({ month: m.month, ...turnover(previousClose(h.months, i, h.opening), [m]) })),
    departments: h.departments.map((d) => ({ departmentId: d.departmentId, departmentName: d.departmentName, ...turnover(deptOpening(d.months), d.months) })),
  };
}

/**
 * Leave taken in the period (usage records dated in it) and balances at its last day, per leave type
 * and department (the department on the usage date, and on the last day for balances). Balances are
 * derived as on the employee page: accruals − usage + adjustments − forfeited.
 */
export async function leaveReport(db: CompanyDb, q: { from: string; to: string }) {
  if (q.from > q.to) throw new AppError('VALIDATION', 'The period ends before it starts', [{ path: 'to', message: 'Must be on or after from' }]);
  const [staff, nameOf, types, policies, entries] = await Promise.all([
    loadStaff(db),
    departmentNames(db),
    listLeaveTypeRows(db),
    listLeavePolicyRows(db),
    typed(db)
      .selectFrom('people_leave_entry')
      .select(['employee_id', 'leave_type_id', 'date', 'kind', 'amount'])
      .where('date', '<=', q.to)
      .orderBy('date')
      .execute(),
  ]);
  const byId = new Map(staff.map((s) => [s.id, s]));
  const movementsOf = new Map<string, { date: string; kind: 'usage' | 'adjustment'; amount: number }[]>();
  type Cell = { taken: number; balance: number; employees: number };
  const cells = new Map<string, Cell>();
  const cell = (typeId: string, dept: DepartmentKey) => {
    const key = `${typeId}|${dept ?? ''}`;
    const c = cells.get(key) ?? { taken: 0, balance: 0, employees: 0 };
    cells.set(key, c);
    return c;
  };
  for (const e of entries) {
    const key = `${e.employee_id}|${e.leave_type_id}`;
    const list = movementsOf.get(key) ?? [];
    list.push({ date: e.date, kind: e.kind, amount: Number(e.amount) });
    movementsOf.set(key, list);
    const s = byId.get(e.employee_id);
    if (e.kind === 'usage' && e.date >= q.from && s) cell(e.leave_type_id, departmentOn(s, e.date)).taken += Number(e.amount);
  }
  for (const t of types) {
    const mine = policies.filter((p) => p.leave_type_id === t.id);
    for (const s of staff) {
      if (s.hireDate > q.to || (s.endDate !== null && s.endDate < q.to)) continue;
      const type = s.employmentType;
      const policy = mine.find((p) => p.employment_type === type) ?? mine.find((p) => p.employment_type === 'all');
      const terms = policy
        ? { accrual: policy.accrual, perYear: Number(policy.per_year), carryOverCap: policy.carry_over_cap === null ? null : Number(policy.carry_over_cap) }
        : { accrual: 'yearly' as const, perYear: 0, carryOverCap: null };
      const b = leaveBalance(terms, { hireDate: s.hireDate, endDate: s.endDate }, movementsOf.get(`${s.id}|${t.id}`) ?? [], q.to);
      const c = cell(t.id, departmentOn(s, q.to));
      c.balance += b.balance;
      c.employees++;
    }
  }
  const typeOf = new Map(types.map((t) => [t.id, t]));
  const rows = [...cells].map(([key, c]) => {
    const [typeId, dept] = key.split('|') as [string, string];
    const t = typeOf.get(typeId);
    const departmentId = dept || null;
    return {
      leaveTypeId: typeId,
      code: t?.code ?? '',
      leaveTypeName: { en: t?.name_en ?? '', ar: t?.name_ar ?? '' },
      departmentId,
      departmentName: nameOf(departmentId),
      taken: toDays(c.taken),
      balance: toDays(c.balance),
      employees: c.employees,
    };
  });
  rows.sort((a, b) => a.code.localeCompare(b.code) || a.departmentName.en.localeCompare(b.departmentName.en));
  return { from: q.from, to: q.to, rows };
}
