import { variance } from './spread.ts';

export interface Figures {
  budget: bigint;
  actual: bigint;
  variance: bigint;
  pct: string | null;
}
export interface VarianceLine {
  accountId: string;
  dimensionValueId: string;
  months: Figures[];
  ytd: Figures;
  year: Figures;
}

const figures = (budget: bigint, actual: bigint): Figures => {
  const v = variance(actual, budget);
  return { budget, actual, variance: v.variance, pct: v.pct };
};
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

/**
 * Budget against actual for every line (both in natural sign, one value per month): per month, year
 * to date (months up to and including `throughIndex`) and the full year. Pure.
 */
export function varianceTable(
  lines: { accountId: string; dimensionValueId: string; budget: bigint[]; actual: bigint[] }[],
  throughIndex: number,
): VarianceLine[] {
  return lines.map((l) => ({
    accountId: l.accountId,
    dimensionValueId: l.dimensionValueId,
    months: l.budget.map((b, i) => figures(b, l.actual[i] ?? 0n)),
    ytd: figures(sum(l.budget.slice(0, throughIndex + 1)), sum(l.actual.slice(0, throughIndex + 1))),
    year: figures(sum(l.budget), sum(l.actual)),
  }));
}

/** Income above budget is favourable; any other account (expense, cash out) at or under budget is. */
export const isFavourable = (type: string, v: bigint) => (type === 'income' ? v >= 0n : v <= 0n);
