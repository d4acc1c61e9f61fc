/** The group search of the matcher: which candidates' amounts add up to a target. */

/**
 * Up to `max` items of `candidates` (2 or more) whose amounts add up to `target`; the first found,
 * nearest first. Searched on doubles holding the amounts exactly (a bigint per step cost more than
 * the search), the group found checked again in bigint.
 */
export function findSubset<T extends { amount: bigint }>(target: bigint, candidates: T[], max: number): T[] | undefined {
  const goal = exact(target);
  const amounts = Float64Array.from(candidates, (c) => exact(c.amount));
  if (Number.isNaN(goal) || amounts.some(Number.isNaN)) return undefined;
  const pick = new Int32Array(Math.max(0, max));
  const size = walkSubset(amounts, amounts.length, max, goal > 0, pick, 0, 0, goal);
  if (size === 0) return undefined;
  const group = Array.from(pick.subarray(0, size), (i) => candidates[i]);
  return group.reduce((sum, c) => sum + c.amount, 0n) === target ? group : undefined;
}

/**
 * The subset search itself, depth first in index order (the first group found, as `findSubset`
 * promises): the indexes picked go to `pick`, the group's size is returned (0: none). Candidates
 * share the target's sign: once `left` is past zero, adding more only goes further.
 */
export function walkSubset(a: Float64Array, n: number, max: number, positive: boolean, pick: Int32Array, depth: number, start: number, left: number): number {
  if (depth >= 2 && left === 0) return depth;
  if (positive ? left <= 0 : left >= 0) return 0;
  if (depth === max) return 0;
  if (depth === max - 1) {
    // the last pick: the first amount equal to what is left, when that makes two or more (a step deeper would only check that)
    if (depth < 1) return 0;
    for (let i = start; i < n; i++) {
      if (a[i] === left) {
        pick[depth] = i;
        return depth + 1;
      }
    }
    return 0;
  }
  for (let i = start; i < n; i++) {
    pick[depth] = i;
    const size = walkSubset(a, n, max, positive, pick, depth + 1, i + 1, left - a[i]);
    if (size) return size;
  }
  return 0;
}

/** An amount as a double when it holds it exactly (|amount| < 2^53 minor units), else NaN: group search skips those. */
export function exact(a: bigint): number {
  const n = Number(a);
  // a bigint beyond the safe range rounds to 2^53 or more, never back inside it
  return Number.isSafeInteger(n) ? n : Number.NaN;
}
