import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { minorUnits } from '../ledger/index.ts';
import { presentLine, presentStatement } from './banking.present.ts';
import { findBankAccount, findStatement, listLines, listStatements } from './banking.repository.ts';
import type { StatementView } from './banking.schemas.ts';
import { typed } from './banking.tables.ts';

const unitsOf = async (db: CompanyDb, currency: string) => (await minorUnits(db, [currency])).get(currency) ?? 2;

/** A bank account's statements, latest first, each with its continuity flag. */
export async function statementsOfAccount(db: CompanyDb, bankAccountId: string): Promise<StatementView[]> {
  const account = await findBankAccount(db, bankAccountId);
  if (!account) throw new AppError('NOT_FOUND', 'No such bank account');
  const units = await unitsOf(db, account.currency);
  return (await listStatements(db, account.id)).map((s) => presentStatement(s, units));
}

/** One statement with a page of the lines it added. */
export async function statementWithLines(db: CompanyDb, id: string, page: { limit: number; offset: number }) {
  const s = await findStatement(db, id);
  if (!s) throw new AppError('NOT_FOUND', 'No such statement');
  const account = await findBankAccount(db, s.bank_account_id);
  const units = await unitsOf(db, account?.currency ?? 'SAR');
  const lines = await listLines(db, s.id, page.limit, page.offset);
  const matchOf = await standingMatchOf(
    db,
    lines.map((l) => l.id),
  );
  return {
    statement: presentStatement(s, units),
    lines: lines.map((l) => ({ ...presentLine(l, units), matchId: matchOf.get(l.id) ?? null })),
    page: Math.floor(page.offset / page.limit) + 1,
    pageSize: page.limit,
    total: Number(s.new_line_count),
  };
}

/** The standing match of each of these bank lines (`live = 1` lets both dialects use the partial once-index). */
async function standingMatchOf(db: CompanyDb, bankLineIds: string[]): Promise<Map<string, string>> {
  if (bankLineIds.length === 0) return new Map();
  const rows = await typed(db)
    .selectFrom('bank_match_line')
    .select(['bank_line_id', 'match_id'])
    .where('bank_line_id', 'in', bankLineIds)
    .where('live', '=', 1)
    .execute();
  return new Map(rows.map((r) => [r.bank_line_id as string, r.match_id]));
}
