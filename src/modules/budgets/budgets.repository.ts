import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import { type BudgetAmountTable, type BudgetRevisionTable, type BudgetTable, typed } from './budgets.tables.ts';

export const listBudgetRows = (db: CompanyDb) => typed(db).selectFrom('budget').selectAll().orderBy('fiscal_year', 'desc').orderBy('name').execute();

export const findBudgetRow = (db: CompanyDb, id: string) => typed(db).selectFrom('budget').selectAll().where('id', '=', id).executeTakeFirst();

export const findBudgetByName = (db: CompanyDb, name: string, fiscalYear: number) =>
  typed(db).selectFrom('budget').select('id').where('name', '=', name).where('fiscal_year', '=', BigInt(fiscalYear)).executeTakeFirst();

export const insertBudget = (db: CompanyDb, row: Omit<BudgetTable, 'company_id' | 'closed_by' | 'closed_at'>) =>
  typed(db)
    .insertInto('budget')
    .values(row as BudgetTable)
    .execute();

export const markClosed = (db: CompanyDb, id: string, by: string, at: string) =>
  typed(db).updateTable('budget').set({ closed_by: by, closed_at: at }).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();

export const revisionsOf = (db: CompanyDb, budgetIds: string[]) =>
  budgetIds.length === 0
    ? Promise.resolve([] as BudgetRevisionTable[])
    : typed(db).selectFrom('budget_revision').selectAll().where('budget_id', 'in', budgetIds).orderBy('number').execute();

export const insertRevision = (db: CompanyDb, row: Omit<BudgetRevisionTable, 'company_id'>) =>
  typed(db)
    .insertInto('budget_revision')
    .values(row as BudgetRevisionTable)
    .execute();

export const freezeRevision = (db: CompanyDb, id: string, by: string, at: string) =>
  typed(db)
    .updateTable('budget_revision')
    .set({ status: 'approved', frozen: 1n, approved_by: by, approved_at: at })
    .where('id', '=', id)
    .where('frozen', '=', 0n)
    .executeTakeFirst();

/** The cells of a revision: only the four columns every reader uses (a full budget is 48,000 rows). */
export const amountsOf = (db: CompanyDb, revisionId: string) =>
  typed(db).selectFrom('budget_amount').select(['account_id', 'month', 'dimension_value_id', 'amount']).where('revision_id', '=', revisionId).execute();

/**
 * A revision's lines (account × dimension value) with one budget sum per month, summed in SQL: one row per
 * line (4,000 for a full budget) instead of one per cell (48,000). `m0`…`m11` follow `months`.
 */
export const budgetLinesOf = (db: CompanyDb, revisionId: string, months: readonly string[]) =>
  typed(db)
    .selectFrom('budget_amount')
    .select([
      'account_id',
      'dimension_value_id',
      ...months.map((m, i) => sql<bigint | number | string>`cast(sum(case when month = ${m} then amount else 0 end) as bigint)`.as(`m${i}`)),
    ])
    .where('revision_id', '=', revisionId)
    .groupBy(['account_id', 'dimension_value_id'])
    .execute() as Promise<({ account_id: string; dimension_value_id: string } & Record<string, bigint | number | string>)[]>;

/** Writes cells of a draft revision: a zero amount removes the cell. */
export async function upsertAmounts(db: CompanyDb, revisionId: string, cells: Omit<BudgetAmountTable, 'company_id' | 'revision_id'>[]): Promise<void> {
  const t = typed(db);
  for (const c of cells) {
    await t
      .deleteFrom('budget_amount')
      .where('revision_id', '=', revisionId)
      .where('account_id', '=', c.account_id)
      .where('month', '=', c.month)
      .where('dimension_value_id', '=', c.dimension_value_id)
      .execute();
  }
  await insertAmounts(db, revisionId, cells);
}

/** Inserts cells into a revision that holds none of them yet (zero amounts are not kept). */
export async function insertAmounts(db: CompanyDb, revisionId: string, cells: Omit<BudgetAmountTable, 'company_id' | 'revision_id'>[]): Promise<void> {
  const t = typed(db);
  const rows = cells.filter((c) => c.amount !== 0n).map((c) => ({ ...c, id: c.id || newId(), revision_id: revisionId }) as BudgetAmountTable);
  for (let i = 0; i < rows.length; i += 500) {
    await t
      .insertInto('budget_amount')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export const deleteAllAmounts = (db: CompanyDb, revisionId: string) => typed(db).deleteFrom('budget_amount').where('revision_id', '=', revisionId).execute();
