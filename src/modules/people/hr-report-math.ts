/**
 * HR report arithmetic, pure. A month's headcount is taken at its close: someone is counted when
 * hired on or before the month's last day and their end date (their last day) is after it, so a
 * person whose last day is the 31st has left by the close. Then, for every month,
 * headcount = previous headcount + joiners − leavers (property-tested).
 */
export interface Staff {
  id: string;
  hireDate: string;
  endDate: string | null;
  /** Department assignments from a date, sorted by date. */
  jobs: { effectiveDate: string; departmentId: string | null }[];
}

export interface MonthFigures {
  month: string;
  headcount: number;
  joiners: number;
  leavers: number;
}

export type DepartmentKey = string | null;

const MAX_MONTHS = 120;

/** `YYYY-MM` months from `from` to `to` inclusive (at most ten years). */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1; i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    if (out.length > MAX_MONTHS) throw new RangeError(`At most ${MAX_MONTHS} months`);
  }
  return out;
}

export const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const prevMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

export const employedAtClose = (s: Staff, closeDate: string) => s.hireDate <= closeDate && (s.endDate === null || s.endDate > closeDate);

/** The department of the assignment in effect on `date` (null: none, or before the first record). */
export function departmentOn(s: Staff, date: string): DepartmentKey {
  let dept: DepartmentKey = null;
  for (const j of s.jobs) {
    if (j.effectiveDate > date) break;
    dept = j.departmentId;
  }
  return dept;
}

/**
 * Headcount at each month's close, joiners (hire date in the month) and leavers (end date in the
 * month), for the company and per department: headcount by the department at the close, joiners by
 * the department on the hire date, leavers by the department on the last day.
 */
export function headcountByMonth(staff: Staff[], months: string[]) {
  const blank = (month: string): MonthFigures => ({ month, headcount: 0, joiners: 0, leavers: 0 });
  const total = months.map(blank);
  const byDepartment = new Map<DepartmentKey, MonthFigures[]>();
  const deptRow = (d: DepartmentKey) => {
    const rows = byDepartment.get(d) ?? months.map(blank);
    byDepartment.set(d, rows);
    return rows;
  };
  const index = new Map(months.map((m, i) => [m, i]));
  const closes = months.map(monthEnd);
  let opening = 0;
  const openingClose = months.length ? monthEnd(prevMonth(months[0] as string)) : '';
  for (const s of staff) {
    if (months.length && employedAtClose(s, openingClose)) opening++;
    const hired = index.get(s.hireDate.slice(0, 7));
    if (hired !== undefined) {
      (total[hired] as MonthFigures).joiners++;
      (deptRow(departmentOn(s, s.hireDate))[hired] as MonthFigures).joiners++;
    }
    const left = s.endDate ? index.get(s.endDate.slice(0, 7)) : undefined;
    if (left !== undefined && s.endDate) {
      (total[left] as MonthFigures).leavers++;
      (deptRow(departmentOn(s, s.endDate))[left] as MonthFigures).leavers++;
    }
    closes.forEach((close, i) => {
      if (!employedAtClose(s, close)) return;
      (total[i] as MonthFigures).headcount++;
      (deptRow(departmentOn(s, close))[i] as MonthFigures).headcount++;
    });
  }
  return { opening, total, byDepartment };
}

/** Leavers ÷ average headcount (the opening and every month's close), as a percentage with one decimal; null with no headcount. */
export function turnover(opening: number, months: MonthFigures[]) {
  const leavers = months.reduce((s, m) => s + m.leavers, 0);
  const joiners = months.reduce((s, m) => s + m.joiners, 0);
  const points = [opening, ...months.map((m) => m.headcount)];
  const average = points.reduce((s, n) => s + n, 0) / points.length;
  return {
    opening,
    closing: months.at(-1)?.headcount ?? opening,
    joiners,
    leavers,
    averageHeadcount: average.toFixed(1),
    rate: average > 0 ? ((leavers / average) * 100).toFixed(1) : null,
  };
}
