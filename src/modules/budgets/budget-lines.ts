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
  const out: BudgetLine[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as (typeof rows)[number];
    out[i] = { accountId: r.account_id, dimensionValueId: r.dimension_value_id, budget: readSums(r.sums, months.length) };
  }
  return out;
}

/**
 * The first `n` sums of a stored line's text (`m1,m2,…`). A field of an optional minus and up to 15 digits is
 * read as a number (exact below 2^53); any other field goes to `BigInt` as it is, which throws on what is not an
 * integer: `BigInt` on every field cost two thirds of reading 4,000 lines.
 */
export function readSums(text: string, n: number): bigint[] {
  const out: bigint[] = new Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (at > text.length) throw new Error(`budget line sums: ${i} read, ${n} expected`);
    let end = text.indexOf(SUMS_SEPARATOR, at);
    if (end < 0) end = text.length;
    out[i] = readInteger(text, at, end);
    at = end + 1;
  }
  return out;
}

function readInteger(text: string, from: number, end: number): bigint {
  let k = from;
  let sign = 1;
  if (text.charCodeAt(k) === 45) {
    sign = -1;
    k++;
  }
  if (end > k && end - k <= 15) {
    let x = 0;
    for (; k < end; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      x = x * 10 + d;
    }
    if (k === end) return BigInt(sign * x);
  }
  return BigInt(text.slice(from, end));
}

/** Stores a draft revision's line sums as it is approved, in the approval's transaction (before it is frozen). */
export async function storeLineSums(db: CompanyDb, revisionId: string, months: readonly string[]): Promise<void> {
  await insertLineSums(db, revisionId, months[0] as string, await summedLines(db, revisionId, months));
}

/** Forgets the kept lines (the benchmark measures a first read with it). */
export const forgetBudgetLines = () => frozenLines.clear();
