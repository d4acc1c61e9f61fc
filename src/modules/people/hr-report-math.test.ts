import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { headcountByMonth, monthsBetween, type Staff, turnover } from './hr-report-math.ts';

const date = fc
  .date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const staffArb = fc
  .array(fc.record({ hire: date, end: fc.option(date, { nil: null }), moves: fc.array(fc.tuple(date, fc.constantFrom('a', 'b', null)), { maxLength: 3 }) }), {
    maxLength: 40,
  })
  .map((rows) =>
    rows.map((r, i): Staff => {
      const end = r.end && r.end >= r.hire ? r.end : null;
      const jobs = [
        { effectiveDate: r.hire, departmentId: 'a' as string | null },
        ...r.moves.filter(([d]) => d > r.hire).map(([d, dept]) => ({ effectiveDate: d, departmentId: dept })),
      ];
      return { id: String(i), hireDate: r.hire, endDate: end, jobs: jobs.sort((x, y) => x.effectiveDate.localeCompare(y.effectiveDate)) };
    }),
  );

describe('HR report arithmetic', () => {
  const months = monthsBetween('2024-01', '2025-12');
  test.prop([staffArb])('headcount = previous headcount + joiners − leavers, every month', (staff) => {
    const { opening, total, byDepartment } = headcountByMonth(staff, months);
    let previous = opening;
    for (const m of total) {
      expect(m.headcount).toBe(previous + m.joiners - m.leavers);
      previous = m.headcount;
    }
    // departments partition the company
    for (let i = 0; i < months.length; i++) {
      const sum = (k: 'headcount' | 'joiners' | 'leavers') => [...byDepartment.values()].reduce((s, rows) => s + (rows[i]?.[k] ?? 0), 0);
      expect([sum('headcount'), sum('joiners'), sum('leavers')]).toEqual([total[i]?.headcount, total[i]?.joiners, total[i]?.leavers]);
    }
  });

  it('counts a last day on the month end as gone at the close, and computes turnover over the average headcount', () => {
    const staff: Staff[] = [
      { id: '1', hireDate: '2024-12-15', endDate: null, jobs: [{ effectiveDate: '2024-12-15', departmentId: 'a' }] },
      { id: '2', hireDate: '2025-01-10', endDate: '2025-02-28', jobs: [{ effectiveDate: '2025-01-10', departmentId: 'b' }] },
      { id: '3', hireDate: '2024-01-01', endDate: '2025-03-05', jobs: [{ effectiveDate: '2024-01-01', departmentId: 'a' }] },
    ];
    const { opening, total } = headcountByMonth(staff, monthsBetween('2025-01', '2025-03'));
    expect(opening).toBe(2);
    expect(total.map((m) => [m.month, m.headcount, m.joiners, m.leavers])).toEqual([
      ['2025-01', 3, 1, 0],
      ['2025-02', 2, 0, 1],
      ['2025-03', 1, 0, 1],
    ]);
    // average of 2, 3, 2, 1 = 2; two leavers → 100 %
    expect(turnover(opening, total)).toEqual({ opening: 2, closing: 1, joiners: 1, leavers: 2, averageHeadcount: '2.0', rate: '100.0' });
    expect(turnover(0, []).rate).toBeNull();
    expect(() => monthsBetween('2000-01', '2025-01')).toThrow(RangeError);
  });
});
