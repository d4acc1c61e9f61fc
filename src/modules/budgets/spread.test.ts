import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPercent, spreadByProfile, spreadEvenly, variance } from './spread.ts';
import { varianceTable } from './variance-table.ts';

const money = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe('budget entry helpers', () => {
  it('spreads evenly: the months sum to the total, the remainder on the last months', () => {
    expect(spreadEvenly(100n)).toEqual([8n, 8n, 8n, 8n, 8n, 8n, 8n, 8n, 9n, 9n, 9n, 9n]);
    expect(spreadEvenly(-5n, 3)).toEqual([-1n, -2n, -2n]);
    fc.assert(
      fc.property(money, fc.integer({ min: 1, max: 24 }), (total, n) => {
        const parts = spreadEvenly(total, n);
        expect(parts).toHaveLength(n);
        expect(sum(parts)).toBe(total);
        const abs = parts.map((p) => (p < 0n ? -p : p));
        expect(abs[abs.length - 1] - abs[0] <= 1n).toBe(true);
      }),
    );
  });

  it('spreads by a profile: the months sum to the total, zero-weight months stay zero', () => {
    expect(spreadByProfile(1000n, [1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]).slice(0, 4)).toEqual([250n, 250n, 500n, 0n]);
    fc.assert(
      fc.property(
        money,
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => Math.round(x * 1e6) > 0)),
        (total, weights) => {
          const parts = spreadByProfile(total, weights);
          expect(sum(parts)).toBe(total);
          weights.forEach((w, i) => {
            if (Math.round(w * 1e6) === 0) expect(parts[i]).toBe(0n);
          });
        },
      ),
    );
  });

  it('applies a percentage, rounding half away from zero', () => {
    expect(applyPercent(10000n, '5')).toBe(10500n);
    expect(applyPercent(-10000n, '5')).toBe(-10500n);
    expect(applyPercent(333n, '-2.5')).toBe(325n);
    expect(applyPercent(10n, '5')).toBe(11n); // 10.5 → 11
  });

  it('variance = actual − budget for every cell, month, year to date and year', () => {
    expect(variance(950n, 1000n)).toEqual({ variance: -50n, pct: '-5.0' });
    expect(variance(5n, 0n).pct).toBeNull();
    const months = fc.array(money, { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.record({ budget: months, actual: months }), { maxLength: 5 }), fc.integer({ min: 0, max: 11 }), (lines, through) => {
        const table = varianceTable(
          lines.map((l, i) => ({ accountId: `a${i}`, dimensionValueId: '', ...l })),
          through,
        );
        for (const [i, line] of table.entries()) {
          for (const cell of [...line.months, line.ytd, line.year]) expect(cell.variance).toBe(cell.actual - cell.budget);
          const src = lines[i] as { budget: bigint[]; actual: bigint[] };
          expect(line.year.budget).toBe(sum(src.budget));
          expect(line.ytd.actual).toBe(sum(src.actual.slice(0, through + 1)));
        }
      }),
    );
  });
});
