import { describe, expect, it } from 'vitest';
import { datingProblem, inEffectOn, timeline } from './effective-dating.ts';

const history = [
  { effectiveDate: '2024-01-01', pay: '16' },
  { effectiveDate: '2025-07-01', pay: '18.50' },
  { effectiveDate: '2024-09-15', pay: '17' },
];

describe('effective dating', () => {
  it('finds the record in effect on a date, whatever the order recorded', () => {
    expect(inEffectOn(history, '2023-12-31')).toBeUndefined();
    expect(inEffectOn(history, '2024-01-01')?.pay).toBe('16');
    expect(inEffectOn(history, '2024-09-14')?.pay).toBe('16');
    expect(inEffectOn(history, '2024-09-15')?.pay).toBe('17');
    expect(inEffectOn(history, '2030-01-01')?.pay).toBe('18.50');
  });

  it('lays the history out oldest first with the day each record ends', () => {
    expect(timeline(history).map((r) => [r.effectiveDate, r.until])).toEqual([
      ['2024-01-01', '2024-09-15'],
      ['2024-09-15', '2025-07-01'],
      ['2025-07-01', null],
    ]);
  });

  it('refuses a change before the hire date or on a day that already has one', () => {
    expect(datingProblem(history, '2023-06-01', '2024-01-01')).toMatch(/before the hire date/);
    expect(datingProblem(history, '2025-07-01', '2024-01-01')).toMatch(/exists/);
    expect(datingProblem(history, '2026-01-01', '2024-01-01')).toBeUndefined();
  });
});
