import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { budgetLinesOf, insertLineSums, lineSumsOf, SUMS_SEPARATOR } from './budgets.repository.ts';
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
 * A revision's budget lines (account × dimension value, one sum per month). An approved revision is
 * frozen — the database refuses any change to its cells and sums — so its lines are read from the sums
 * stored at approval (`budget_line_sum`, 4,000 rows for a full budget) and kept in memory (the last 16
 * revisions read, keyed by revision id and months; the caller has already found the revision through the
 * company-scoped data layer). Drafts are summed from their cells in SQL on every read.
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
  const lines = (frozen ? await storedLines(db, rev.id, months) : undefined) ?? (await summedLines(db, rev.id, months));
  if (frozen) {
    frozenLines.set(key, lines);
    if (frozenLines.size > KEPT) frozenLines.delete(frozenLines.keys().next().value as string);
  }
  return lines;
}

/** The lines summed from the cells in SQL. */
async function summedLines(db: CompanyDb, revisionId: string, months: readonly string[]): Promise<BudgetLine[]> {
  return (await budgetLinesOf(db, revisionId, months)).map((r) => ({
    accountId: r.account_id,
    dimensionValueId: r.dimension_value_id,
    budget: months.map((_, i) => BigInt(r[`m${i}`] ?? 0)),
  }));
}

/** The sums stored at approval, when they were stored for these months (undefined otherwise: the fiscal year start has moved, or none are stored). */
async function storedLines(db: CompanyDb, revisionId: string, months: readonly string[]): Promise<BudgetLine[] | undefined> {
  const rows = await lineSumsOf(db, revisionId);
  if (rows.length === 0 || rows.some((r) => r.first_month !== months[0])) return undefined;
  return rows.map((r) => {
    const sums = r.sums.split(SUMS_SEPARATOR);
    if (sums.length < months.length) throw new Error(`budget line sums: ${sums.length} read, ${months.length} expected`);
    return { accountId: r.account_id, dimensionValueId: r.dimension_value_id, budget: months.map((_, i) => BigInt(sums[i] as string)) };
  });
}

/** Stores a draft revision's line sums as it is approved, in the approval's transaction (before it is frozen). */
export async function storeLineSums(db: CompanyDb, revisionId: string, months: readonly string[]): Promise<void> {
  await insertLineSums(db, revisionId, months[0] as string, await summedLines(db, revisionId, months));
}

/** Forgets the kept lines (the benchmark measures a first read with it). */
export const forgetBudgetLines = () => frozenLines.clear();
