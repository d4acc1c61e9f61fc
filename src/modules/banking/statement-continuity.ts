import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { findOverlapping, findPredecessor, findStatement, findSuccessor, setContinuity } from './banking.repository.ts';
import type { BankStatementTable } from './banking.tables.ts';

/**
 * Each statement's opening balance must equal the previous statement's closing balance. A statement
 * that breaks the chain is flagged `gap` with the difference, stored, and reported (period close
 * fails on it) — never silently accepted. Importing a statement between two others re-checks the
 * one after it too. A statement overlapping one already held (a period sharing more than a boundary
 * day) is marked `overlap`: its lines are de-duplicated, its opening is not compared.
 */
export function continuityOf(
  s: Pick<BankStatementTable, 'opening_balance'>,
  previous: Pick<BankStatementTable, 'id' | 'closing_balance'> | undefined,
  overlapped: boolean,
) {
  // an overlapping statement opens inside a period already held: its opening is not the previous closing
  if (overlapped) return { continuity: 'overlap' as const, gap: null, previous_statement_id: previous?.id ?? null };
  if (!previous) return { continuity: 'first' as const, gap: null, previous_statement_id: null };
  if (s.opening_balance === null || previous.closing_balance === null) return { continuity: 'unknown' as const, gap: null, previous_statement_id: previous.id };
  const gap = BigInt(s.opening_balance) - BigInt(previous.closing_balance);
  return { continuity: gap === 0n ? ('ok' as const) : ('gap' as const), gap: gap === 0n ? null : gap, previous_statement_id: previous.id };
}

export async function refreshContinuity(db: CompanyDb, statementId: string): Promise<void> {
  const s = await findStatement(db, statementId);
  if (!s) return;
  await setContinuity(db, s.id, continuityOf(s, await findPredecessor(db, s), !!(await findOverlapping(db, s))));
  const next = await findSuccessor(db, s);
  if (next) await setContinuity(db, next.id, continuityOf(next, await findPredecessor(db, next), !!(await findOverlapping(db, next))));
}
