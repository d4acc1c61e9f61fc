import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, workingDaysBetween } from './working-days.ts';

const SUN_THU = [0, 1, 2, 3, 4];
const MON_FRI = [1, 2, 3, 4, 5];
// 2020-01-01 … 2030-12-31 as day numbers
const dayArb = fc.integer({ min: 18262, max: 22279 });
const weekArb = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 });
const holidaysArb = fc.array(fc.record({ date: dayArb.map(dateOfDayNumber), halfDay: fc.boolean() }), { maxLength: 20 });
const rangeArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 800 })).map(([a, len]) => [a, a + len] as const);

describe('workingDaysBetween', () => {
  it('counts a Sunday–Thursday and a Monday–Friday week', () => {
    // 2026-03-01 is a Sunday
    expect(workingDaysBetween('2026-03-01', '2026-03-07', SUN_THU)).toBe(5);
    expect(workingDaysBetween('2026-03-01', '2026-03-07', MON_FRI)).toBe(5);
    expect(workingDaysBetween('2026-03-06', '2026-03-07', SUN_THU)).toBe(0);
    expect(workingDaysBetween('2026-03-06', '2026-03-07', MON_FRI)).toBe(1);
    expect(workingDaysBetween('2026-03-01', '2026-03-31', SUN_THU, [{ date: '2026-03-02' }, { date: '2026-03-03', halfDay: true }])).toBe(21.5);
  });

  it('counts half of the first and last day of a leave', () => {
    expect(workingDaysBetween('2026-03-01', '2026-03-05', SUN_THU, [], { startsAfternoon: true })).toBe(4.5);
    expect(workingDaysBetween('2026-03-01', '2026-03-05', SUN_THU, [], { startsAfternoon: true, endsMidday: true })).toBe(4);
    expect(workingDaysBetween('2026-03-02', '2026-03-02', SUN_THU, [], { endsMidday: true })).toBe(0.5);
    // a half day on a weekend or a holiday is still nothing
    expect(workingDaysBetween('2026-03-06', '2026-03-06', SUN_THU, [], { startsAfternoon: true })).toBe(0);
  });

  it('refuses an end before the start and a malformed date', () => {
    expect(() => workingDaysBetween('2026-03-02', '2026-03-01', SUN_THU)).toThrow(RangeError);
    expect(() => workingDaysBetween('2026-02-30', '2026-03-01', SUN_THU)).toThrow(RangeError);
  });

  test.prop([rangeArb, fc.integer({ min: 0, max: 800 }), weekArb, holidaysArb])(
    'is additive: a range splits into two adjacent ranges',
    ([a, c], split, week, holidays) => {
      const b = Math.min(a + split, c);
      const whole = workingDaysBetween(dateOfDayNumber(a), dateOfDayNumber(c), week, holidays);
      const left = workingDaysBetween(dateOfDayNumber(a), dateOfDayNumber(b), week, holidays);
      const right = b < c ? workingDaysBetween(dateOfDayNumber(b + 1), dateOfDayNumber(c), week, holidays) : 0;
      expect(whole).toBe(left + right);
    },
  );

  test.prop([rangeArb, weekArb, holidaysArb])('lies between zero and the calendar days, in halves', ([a, c], week, holidays) => {
    const n = workingDaysBetween(dateOfDayNumber(a), dateOfDayNumber(c), week, holidays);
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(c - a + 1);
    expect(Number.isInteger(n * 2)).toBe(true);
  });

  test.prop([rangeArb, holidaysArb])('every day counts under a seven-day week without holidays; none under an empty week', ([a, c], holidays) => {
    expect(workingDaysBetween(dateOfDayNumber(a), dateOfDayNumber(c), [0, 1, 2, 3, 4, 5, 6])).toBe(c - a + 1);
    expect(workingDaysBetween(dateOfDayNumber(a), dateOfDayNumber(c), [], holidays)).toBe(0);
  });

  test.prop([rangeArb, weekArb, holidaysArb, dayArb, fc.boolean()])(
    'a new holiday takes away what its day counted, and never adds',
    ([a, c], week, holidays, day, halfDay) => {
      const [from, to] = [dateOfDayNumber(a), dateOfDayNumber(c)];
      const date = dateOfDayNumber(day);
      const before = workingDaysBetween(from, to, week, holidays);
      const after = workingDaysBetween(from, to, week, [...holidays, { date, halfDay }]);
      expect(after).toBeLessThanOrEqual(before);
      if (day < a || day > c) expect(after).toBe(before);
      else expect(before - after).toBeLessThanOrEqual(1);
    },
  );

  test.prop([rangeArb, weekArb, holidaysArb, fc.boolean(), fc.boolean()])(
    'half days take at most half a day from each end',
    ([a, c], week, holidays, startsAfternoon, endsMidday) => {
      const [from, to] = [dateOfDayNumber(a), dateOfDayNumber(c)];
      const full = workingDaysBetween(from, to, week, holidays);
      const halved = workingDaysBetween(from, to, week, holidays, { startsAfternoon, endsMidday });
      expect(halved).toBeLessThanOrEqual(full);
      expect(full - halved).toBeLessThanOrEqual((startsAfternoon ? 0.5 : 0) + (endsMidday ? 0.5 : 0));
    },
  );
});
