import { describe, expect, it } from 'vitest';
import { addMonths, cheaperEdges, comparisonDates, comparisonRanges, splitRange } from './report-dates.ts';

describe('splitRange: whole months from kept balances, edges from lines', () => {
  it('reads whole months only when the range is made of them', () => {
    expect(splitRange('2026-01-01', '2026-03-31')).toEqual({ months: { fromMonth: '2026-01', toMonth: '2026-03' }, lineRanges: [] });
    expect(splitRange(undefined, '2026-02-28')).toEqual({ months: { toMonth: '2026-02' }, lineRanges: [] });
  });
  it('sums the lines of partial months at either edge', () => {
    expect(splitRange('2026-01-15', '2026-03-10')).toEqual({
      months: { fromMonth: '2026-02', toMonth: '2026-02' },
      lineRanges: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-03-01', to: '2026-03-10' },
      ],
    });
    expect(splitRange(undefined, '2026-03-10')).toEqual({ months: { toMonth: '2026-02' }, lineRanges: [{ from: '2026-03-01', to: '2026-03-10' }] });
    expect(splitRange('2026-01-31', '2026-02-01')).toEqual({
      lineRanges: [
        { from: '2026-01-31', to: '2026-01-31' },
        { from: '2026-02-01', to: '2026-02-01' },
      ],
    });
    expect(splitRange('2026-02-03', '2026-02-27')).toEqual({ lineRanges: [{ from: '2026-02-03', to: '2026-02-27' }] });
    expect(splitRange('2026-02-03', '2026-02-01')).toEqual({ lineRanges: [] });
  });
});

describe('cheaperEdges: never more than half a month of lines per edge', () => {
  it('reads a mostly-whole edge month as its kept balance less the other days', () => {
    expect(cheaperEdges(splitRange('2026-01-03', '2026-03-27'))).toEqual({
      months: { fromMonth: '2026-02', toMonth: '2026-02' },
      lineRanges: [],
      extraMonths: ['2026-01', '2026-03'],
      minusRanges: [
        { from: '2026-01-01', to: '2026-01-02' },
        { from: '2026-03-28', to: '2026-03-31' },
      ],
    });
    expect(cheaperEdges(splitRange(undefined, '2026-03-05'))).toMatchObject({ lineRanges: [{ from: '2026-03-01', to: '2026-03-05' }], extraMonths: [] });
  });
});

describe('comparisons', () => {
  it('keeps month ends month ends and clamps days past a shorter month', () => {
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-02-28', -1)).toBe('2026-01-31');
    expect(addMonths('2026-03-30', -1)).toBe('2026-02-28');
    expect(comparisonDates('2026-06-30')).toEqual({ previous: '2026-05-31', lastYear: '2025-06-30' });
  });
  it('compares whole months with the months before, other periods with the days before', () => {
    expect(comparisonRanges('2026-01-01', '2026-03-31')).toEqual({
      previous: { from: '2025-10-01', to: '2025-12-31' },
      lastYear: { from: '2025-01-01', to: '2025-03-31' },
    });
    expect(comparisonRanges('2026-03-05', '2026-03-11').previous).toEqual({ from: '2026-02-26', to: '2026-03-04' });
  });
});
