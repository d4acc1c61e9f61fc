import { describe, expect, it } from 'vitest';
import type { CompareRow } from './budget-vs-actual.ts';
import { totalsAndTop } from './report-pass.ts';

/** The plain bigint computation the pass must match. */
function expected(rows: CompareRow[], typeOf: (a: string) => string, throughIndex: number, top: number) {
  const totals = new Map<string, { budget: bigint[]; actual: bigint[] }>();
  const sizes: { row: CompareRow; size: bigint; at: number }[] = [];
  rows.forEach((r, at) => {
    const t = totals.get(typeOf(r.accountId)) ?? { budget: r.budget.map(() => 0n), actual: r.budget.map(() => 0n) };
    r.budget.forEach((b, i) => {
      t.budget[i] = (t.budget[i] as bigint) + b;
      t.actual[i] = (t.actual[i] as bigint) + (r.actual[i] as bigint);
    });
    totals.set(typeOf(r.accountId), t);
    let ytd = 0n;
    for (let i = 0; i <= throughIndex; i++) ytd += (r.actual[i] as bigint) - (r.budget[i] as bigint);
    if (ytd !== 0n) sizes.push({ row: r, size: ytd < 0n ? -ytd : ytd, at });
  });
  sizes.sort((x, y) => (x.size === y.size ? x.at - y.at : x.size > y.size ? -1 : 1));
  return { totals, top: sizes.slice(0, top).map((x) => x.row) };
}

function rowsOf(seed: number, scale: bigint): CompareRow[] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return BigInt(s % 2001) - 1000n;
  };
  return Array.from({ length: 60 }, (_, k) => ({
    accountId: `a${k % 7}`,
    dimensionValueId: `d${k}`,
    budget: Array.from({ length: 12 }, () => next() * scale),
    actual: Array.from({ length: 12 }, () => (k % 5 === 0 ? 0n : next() * scale)),
  }));
}

describe('report pass: totals per type and the largest variances', () => {
  const typeOf = (a: string) => (a === 'a1' || a === 'a4' ? 'income' : 'expense');
  it.each([
    ['small figures (summed as doubles)', 1n],
    ['figures beyond 2^53 (summed as bigint)', 10n ** 14n + 7n],
    ['sums crossing 2^53', 2n ** 43n + 3n],
  ])('matches the bigint computation: %s', (_, scale) => {
    for (const through of [0, 5, 11]) {
      const rows = rowsOf(7 + through, scale);
      // equal variances: ties keep line order
      rows[3] = { ...(rows[2] as CompareRow), dimensionValueId: 'twin' };
      const got = totalsAndTop(rows, typeOf, 12, through, 8);
      const want = expected(rows, typeOf, through, 8);
      expect(new Map([...got.totals].map(([k, t]) => [k, { budget: t.budget, actual: t.actual }]))).toEqual(want.totals);
      expect(got.top).toEqual(want.top);
    }
  });
});
