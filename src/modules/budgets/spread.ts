/**
 * Pure entry helpers. Every result sums exactly to the total asked for: minor units never get lost
 * to rounding.
 */

/** A yearly total over `n` months, evenly; the remainder goes one unit each to the last months. */
export function spreadEvenly(total: bigint, n = 12): bigint[] {
  if (n <= 0) throw new RangeError('at least one month');
  const sign = total < 0n ? -1n : 1n;
  const abs = total * sign;
  const base = abs / BigInt(n);
  const rest = Number(abs % BigInt(n));
  return Array.from({ length: n }, (_, i) => sign * (base + (i >= n - rest ? 1n : 0n)));
}

/**
 * A yearly total by a seasonal profile (non-negative weights, one per month, not all zero): each
 * month gets its share rounded down, and the units left over go to the months with the largest
 * remainders, later months first on ties.
 */
export function spreadByProfile(total: bigint, weights: number[]): bigint[] {
  if (weights.length === 0 || weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be non-negative numbers');
  // weights to integers (up to 6 decimals) so the arithmetic stays exact
  const ints = weights.map((w) => BigInt(Math.round(w * 1e6)));
  const sum = ints.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError('weights must not all be zero');
  const sign = total < 0n ? -1n : 1n;
  const abs = total * sign;
  const parts = ints.map((w) => (abs * w) / sum);
  const rems = ints.map((w, i) => ({ i, r: (abs * w) % sum }));
  let left = abs - parts.reduce((a, b) => a + b, 0n);
  rems.sort((a, b) => (a.r === b.r ? b.i - a.i : a.r > b.r ? -1 : 1));
  for (const { i } of rems) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map((p) => sign * p);
}

/** `amount × (100 + percent) / 100`, rounded half away from zero; `percent` a decimal string such as `"5"` or `"-2.5"`. */
export function applyPercent(amount: bigint, percent: string): bigint {
  const m = /^(-?)(\d{1,4})(?:\.(\d{1,4}))?$/.exec(percent);
  if (!m) throw new RangeError(`"${percent}" is not a percentage`);
  const scaled = BigInt(m[2] as string) * 10_000n + BigInt((m[3] ?? '').padEnd(4, '0'));
  const pct = m[1] ? -scaled : scaled;
  const num = amount * (1_000_000n + pct);
  const den = 1_000_000n;
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  return twice >= den ? q + (num < 0n ? -1n : 1n) : q;
}

/** `actual − budget`, and the variance as a percentage of the budget (one decimal; null when the budget is zero). */
export function variance(actual: bigint, budget: bigint): { variance: bigint; pct: string | null } {
  const v = actual - budget;
  if (budget === 0n) return { variance: v, pct: null };
  const tenths = (v * 1000n) / budget; // truncated toward zero
  const neg = tenths < 0n;
  const a = neg ? -tenths : tenths;
  return { variance: v, pct: `${neg ? '-' : ''}${a / 10n}.${a % 10n}` };
}
