import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import { type BudgetAmountTable, type BudgetLineSumTable, type BudgetRevisionTable, type BudgetTable, typed } from './budgets.tables.ts';
import { SUM_COLUMNS } from './migrations/003-line-sums.ts';

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

/**
 * Writes cells of a draft revision, set-based: non-zero amounts are upserted on the cell's unique key,
 * 500 rows per statement; zero amounts remove their cells, 200 per statement.
 */
export async function upsertAmounts(db: CompanyDb, revisionId: string, cells: Omit<BudgetAmountTable, 'company_id' | 'revision_id'>[]): Promise<void> {
  const t = typed(db);
  const cleared = cells.filter((c) => c.amount === 0n);
  for (let i = 0; i < cleared.length; i += 200) {
    const chunk = cleared.slice(i, i + 200);
    await t
      .deleteFrom('budget_amount')
      .where('revision_id', '=', revisionId)
      .where((eb) =>
        eb.or(chunk.map((c) => eb.and([eb('account_id', '=', c.account_id), eb('month', '=', c.month), eb('dimension_value_id', '=', c.dimension_value_id)]))),
      )
      .execute();
  }
  const rows = cells.filter((c) => c.amount !== 0n).map((c) => ({ ...c, id: c.id || newId(), revision_id: revisionId }) as BudgetAmountTable);
  for (let i = 0; i < rows.length; i += 500) {
    await t
      .insertInto('budget_amount')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['company_id', 'revision_id', 'account_id', 'month', 'dimension_value_id']).doUpdateSet({ amount: sql`excluded.amount` }))
      .execute();
  }
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

/** A revision's stored line sums (written at approval): `m1`…`m12` follow the fiscal months from `first_month`. */
export const lineSumsOf = (db: CompanyDb, revisionId: string) =>
  typed(db)
    .selectFrom('budget_line_sum')
    .select([
      'account_id',
      'dimension_value_id',
      'first_month',
      // the twelve sums as one text (`m1`…`m12`, never null): twelve bigint columns per row cost more to read
      sql<string>`concat_ws(cast(${SUMS_SEPARATOR} as text), ${sql.join(SUM_COLUMNS.map((c) => sql.ref(c)))})`.as('sums'),
    ])
    .where('revision_id', '=', revisionId)
    .execute();

export const SUMS_SEPARATOR = ',';

/** Stores a revision's line sums (before it is frozen: the database refuses them afterwards), 500 lines per statement. */
export async function insertLineSums(
  db: CompanyDb,
  revisionId: string,
  firstMonth: string,
  lines: readonly { accountId: string; dimensionValueId: string; budget: readonly bigint[] }[],
): Promise<void> {
  const rows = lines.map((l) => {
    const row: Record<string, unknown> = {
      id: newId(),
      revision_id: revisionId,
      account_id: l.accountId,
      dimension_value_id: l.dimensionValueId,
      first_month: firstMonth,
    };
    SUM_COLUMNS.forEach((m, i) => {
      row[m] = l.budget[i] ?? 0n;
    });
    return row as unknown as BudgetLineSumTable;
  });
  for (let i = 0; i < rows.length; i += 500) {
    await typed(db)
      .insertInto('budget_line_sum')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}
