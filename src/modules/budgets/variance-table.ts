import { variance } from './spread.ts';

export interface Figures {
  budget: bigint;
  actual: bigint;
  variance: bigint;
}
export interface VarianceLine {
  accountId: string;
  dimensionValueId: string;
  months: Figures[];
  ytd: Figures;
  year: Figures;
}

const figures = (budget: bigint, actual: bigint): Figures => ({ budget, actual, variance: actual - budget });

/** The variance as a percentage of the budget (one decimal; null for a zero budget): computed only for the figures shown. */
export const pctOf = (f: Figures): string | null => variance(f.actual, f.budget).pct;

/**
 * Budget against actual for every line (both in natural sign, one value per month): per month, year
 * to date (months up to and including `throughIndex`) and the full year. Pure; bigint only.
 */
export function varianceTable(
  lines: { accountId: string; dimensionValueId: string; budget: bigint[]; actual: bigint[] }[],
  throughIndex: number,
): VarianceLine[] {
  const out: VarianceLine[] = new Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as (typeof lines)[number];
    const months: Figures[] = new Array(l.budget.length);
    let yb = 0n;
    let ya = 0n;
    let tb = 0n;
    let ta = 0n;
    for (let i = 0; i < l.budget.length; i++) {
      const b = l.budget[i] as bigint;
      const a = l.actual[i] ?? 0n;
      months[i] = figures(b, a);
      yb += b;
      ya += a;
      if (i === throughIndex) {
        tb = yb;
        ta = ya;
      }
    }
    if (throughIndex >= l.budget.length) {
      tb = yb;
      ta = ya;
    }
    out[k] = { accountId: l.accountId, dimensionValueId: l.dimensionValueId, months, ytd: figures(tb, ta), year: figures(yb, ya) };
  }
  return out;
}

/** Sums of figures (totals over many lines). */
export const addFigures = (into: Figures, f: Figures) => {
  into.budget += f.budget;
  into.actual += f.actual;
  into.variance += f.variance;
};
export const zeroFigures = (): Figures => ({ budget: 0n, actual: 0n, variance: 0n });

/** Income above budget is favourable; any other account (expense, cash out) at or under budget is. */
export const isFavourable = (type: string, v: bigint) => (type === 'income' ? v >= 0n : v <= 0n);
