import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAdjustments, divRound, forecastLine, netIncomeAndCash, trendAt } from './forecast-math.ts';
import { spreadByProfile, spreadEvenly } from './spread.ts';
import { varianceTable } from './variance-table.ts';

const minor = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
const year = fc.array(minor, { minLength: 12, maxLength: 12 });
const accounts = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 6 });
const typeOf = (a: string) => ({ a: 'income', b: 'expense', c: 'expense', d: 'asset', e: 'liability', f: 'equity' })[a] ?? 'expense';

describe('budget arithmetic (property tests)', () => {
  it('variance = actual − budget for every cell, year to date and full year', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(year, year), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 11 }), (pairs, through) => {
        const lines = pairs.map(([budget, actual], i) => ({ accountId: `a${i}`, dimensionValueId: '', budget, actual }));
        for (const [i, l] of varianceTable(lines, through).entries()) {
          const src = lines[i] as (typeof lines)[number];
          l.months.forEach((m, k) => {
            expect(m.variance).toBe((src.actual[k] as bigint) - (src.budget[k] as bigint));
          });
          expect(l.ytd.variance).toBe(l.ytd.actual - l.ytd.budget);
          expect(l.year.variance).toBe(l.months.reduce((s, m) => s + m.variance, 0n));
        }
      }),
    );
  });

  it('the yearly total is the sum of the months after any spread, even or seasonal', () => {
    const weights = fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 1e-6));
    fc.assert(
      fc.property(minor, weights, (total, w) => {
        expect(spreadEvenly(total).reduce((s, x) => s + x, 0n)).toBe(total);
        expect(spreadByProfile(total, w).reduce((s, x) => s + x, 0n)).toBe(total);
      }),
    );
  });

  it('a scenario with no adjustments equals its base (lines, net income and cash)', () => {
    fc.assert(
      fc.property(accounts, fc.array(year, { minLength: 6, maxLength: 6 }), (ids, values) => {
        const base = new Map(ids.map((a, i) => [a, values[i] as bigint[]]));
        const scen = applyAdjustments(base, []);
        expect(scen).toEqual(base);
        expect(netIncomeAndCash(scen, typeOf)).toEqual(netIncomeAndCash(base, typeOf));
      }),
    );
  });

  it('adjustments never change the base and leave months before their start alone', () => {
    fc.assert(
      fc.property(accounts, fc.array(year, { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 11 }), minor, (ids, values, from, amount) => {
        const base = new Map(ids.map((a, i) => [a, values[i] as bigint[]]));
        const copy = new Map([...base].map(([k, v]) => [k, [...v]]));
        const scen = applyAdjustments(base, [
          { kind: 'percent', accountIds: ids, fromIndex: from, percent: '12.5' },
          { kind: 'hire', accountIds: [ids[0] as string], fromIndex: from, amount },
        ]);
        expect(base).toEqual(copy);
        for (const a of ids) expect(scen.get(a)?.slice(0, from)).toEqual(base.get(a)?.slice(0, from));
      }),
    );
  });

  it('a forecast shows actuals exactly in closed months, and the budget where no trend is asked', () => {
    fc.assert(
      fc.property(year, year, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (budget, actual, closed) => {
        const f = forecastLine(budget, actual, closed, { method: 'budget', trendMonths: 3 });
        f.values.forEach((v, i) => {
          expect(v).toBe(closed[i] ? actual[i] : budget[i]);
        });
      }),
    );
  });

  it('a trend through points on a line continues the line', () => {
    fc.assert(
      fc.property(minor, fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), fc.integer({ min: 2, max: 6 }), (a, slope, n) => {
        const points = Array.from({ length: n }, (_, x) => ({ x, y: a + slope * BigInt(x) }));
        expect(trendAt(points, n + 2)).toBe(a + slope * BigInt(n + 2));
      }),
    );
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
  });
});
