import type { CompareRow } from './budget-vs-actual.ts';

/**
 * One pass over every line of a report: budget and actual per account type and month, and the `top`
 * lines by largest year-to-date variance (actual − budget through `throughIndex`; ties keep line order,
 * zero variances left out). Summed as doubles, which is exact while every figure and every partial sum
 * stays within ±2^53 (checked as it goes); past that, summed again as bigint. Doubles allocate nothing
 * per cell: 4,000 lines × 12 months cost 200,000 bigint results otherwise.
 */
export function totalsAndTop(rows: readonly CompareRow[], typeOf: (accountId: string) => string, months: number, throughIndex: number, top: number) {
  return inDoubles(rows, typeOf, months, throughIndex, top) ?? inBigints(rows, typeOf, months, throughIndex, top);
}

const LIMIT = Number.MAX_SAFE_INTEGER;

function inDoubles(rows: readonly CompareRow[], typeOf: (accountId: string) => string, n: number, throughIndex: number, count: number) {
  const sums = new Map<string, { budget: Float64Array; actual: Float64Array }>();
  const top: { row: CompareRow; size: number }[] = [];
  let exact = true;
  for (const r of rows) {
    const type = typeOf(r.accountId);
    let t = sums.get(type);
    if (!t) {
      t = { budget: new Float64Array(n), actual: new Float64Array(n) };
      sums.set(type, t);
    }
    let ytd = 0;
    for (let i = 0; i < n; i++) {
      const bud = Number(r.budget[i] as bigint);
      const act = Number(r.actual[i] as bigint);
      const tb = (t.budget[i] as number) + bud;
      const ta = (t.actual[i] as number) + act;
      t.budget[i] = tb;
      t.actual[i] = ta;
      const d = act - bud;
      if (i <= throughIndex) ytd += d;
      // an integer result within ±(2^53 − 1) is exact; a true result beyond rounds to 2^53 or more and is caught
      if (
        !(Math.abs(bud) <= LIMIT && Math.abs(act) <= LIMIT && Math.abs(tb) <= LIMIT && Math.abs(ta) <= LIMIT && Math.abs(d) <= LIMIT && Math.abs(ytd) <= LIMIT)
      )
        exact = false;
    }
    if (!exact) return undefined;
    const size = Math.abs(ytd);
    if (size === 0 || (top.length === count && size <= (top[count - 1] as { size: number }).size)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { size: number }).size < size) at--;
    top.splice(at, 0, { row: r, size });
    if (top.length > count) top.pop();
  }
  const totals = new Map<string, CompareRow>();
  for (const [type, t] of sums) {
    totals.set(type, { accountId: type, dimensionValueId: '', budget: [...t.budget].map(BigInt), actual: [...t.actual].map(BigInt) });
  }
  return { totals, top: top.map((x) => x.row) };
}

function inBigints(rows: readonly CompareRow[], typeOf: (accountId: string) => string, n: number, throughIndex: number, count: number) {
  const totals = new Map<string, CompareRow>();
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const top: { row: CompareRow; size: bigint }[] = [];
  for (const r of rows) {
    const type = typeOf(r.accountId);
    let t = totals.get(type);
    if (!t) {
      t = { accountId: type, dimensionValueId: '', budget: new Array(n).fill(0n), actual: new Array(n).fill(0n) };
      totals.set(type, t);
    }
    let ytd = 0n;
    for (let i = 0; i < n; i++) {
      const bud = r.budget[i] as bigint;
      const act = r.actual[i] as bigint;
      t.budget[i] = (t.budget[i] as bigint) + bud;
      t.actual[i] = (t.actual[i] as bigint) + act;
      if (i <= throughIndex) ytd += act - bud;
    }
    const size = abs(ytd);
    if (size === 0n || (top.length === count && size <= (top[count - 1] as { size: bigint }).size)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { size: bigint }).size < size) at--;
    top.splice(at, 0, { row: r, size });
    if (top.length > count) top.pop();
  }
  return { totals, top: top.map((x) => x.row) };
}
