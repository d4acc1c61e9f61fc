import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { budgetLinesOf } from './budgets.repository.ts';
import type { BudgetRevisionTable } from './budgets.tables.ts';

export interface BudgetLine {
  accountId: string;
  dimensionValueId: string;
  /** one sum per month, in the order of the months asked for */
  budget: readonly bigint[];
}

const KEPT = 16;
const frozenLines = new Map<string, BudgetLine[]>();

/**
 * A revision's budget lines (account × dimension value, one sum per month, summed in SQL). An approved
 * revision is frozen — the database refuses any change to its cells — so its lines are kept in memory
 * (the last 16 revisions read, keyed by revision id and months; the caller has already found the
 * revision through the company-scoped data layer). Drafts are read every time.
 */
export async function budgetLines(db: CompanyDb, rev: BudgetRevisionTable, months: readonly string[]): Promise<BudgetLine[]> {
  const frozen = Number(rev.frozen) === 1;
  const key = `${rev.id}|${months.join(',')}`;
  const kept = frozen ? frozenLines.get(key) : undefined;
  if (kept) {
    frozenLines.delete(key);
    frozenLines.set(key, kept);
    return kept;
  }
  const rows = await budgetLinesOf(db, rev.id, months);
  const lines = rows.map((r) => ({
    accountId: r.account_id,
    dimensionValueId: r.dimension_value_id,
    budget: months.map((_, i) => BigInt(r[`m${i}`] ?? 0)),
  }));
  if (frozen) {
    frozenLines.set(key, lines);
    if (frozenLines.size > KEPT) frozenLines.delete(frozenLines.keys().next().value as string);
  }
  return lines;
}

/** Forgets the kept lines (the benchmark measures a first read with it). */
export const forgetBudgetLines = () => frozenLines.clear();
