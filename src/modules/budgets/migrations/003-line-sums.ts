import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { companyTable, types } from '../../../platform/db/schema.ts';
import { refuseChangesWhileFrozen } from './frozen-triggers.ts';

/** The twelve monthly sum columns of `budget_line_sum`: `m1` is the fiscal year's first month. */
export const SUM_COLUMNS = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);

const pad = (n: number) => String(n).padStart(2, '0');
const monthsFrom = (first: string) => {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => `${y + Math.floor((m - 1 + i) / 12)}-${pad(((m - 1 + i) % 12) + 1)}`);
};

/**
 * `budget_line_sum`: an approved revision's cells summed per line (account × dimension value), one column
 * per month of the fiscal year (`first_month` names the first), written in the approval's transaction so a
 * report reads 4,000 rows instead of 48,000 cells. Frozen like the cells: the database refuses any insert,
 * update or delete of a frozen revision's sums. Revisions approved before this migration get theirs here.
 */
export const lineSumsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    let table = companyTable(db, 'budget_line_sum')
      .addColumn('revision_id', t.id, (c) => c.notNull().references('budget_revision.id'))
      .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
      .addColumn('dimension_value_id', t.text, (c) => c.notNull())
      .addColumn('first_month', t.text, (c) => c.notNull());
    for (const m of SUM_COLUMNS) table = table.addColumn(m, t.money, (c) => c.notNull());
    await table.addUniqueConstraint('budget_line_sum_line', ['company_id', 'revision_id', 'account_id', 'dimension_value_id']).execute();

    // the revisions approved so far: their fiscal year's months from the budget and the company's fiscal year start
    const frozen = (
      await sql<{ id: string; fiscal_year: string | number | bigint; start: string | number | bigint }>`
      select r.id, b.fiscal_year, c.fiscal_year_start_month as start
      from budget_revision r join budget b on b.id = r.budget_id join company c on c.id = r.company_id
      where r.frozen = 1`.execute(db)
    ).rows;
    for (const r of frozen) await insertLineSums(db, r.id, monthsFrom(`${Number(r.fiscal_year)}-${pad(Number(r.start))}`));

    await refuseChangesWhileFrozen(db, 'budget_line_sum', 'budget_refuse_frozen_sum');
  },
};

/** Sums a revision's cells per line into `budget_line_sum` (one statement; `months` are its twelve fiscal months). */
// biome-ignore lint/suspicious/noExplicitAny: runs before the typed schema exists
async function insertLineSums(db: Kysely<any>, revisionId: string, months: string[]): Promise<void> {
  const id = isPostgres(db) ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`;
  const sums = months.map((m) => sql`coalesce(sum(amount) filter (where month = ${m}), 0)`);
  await sql`insert into budget_line_sum (id, company_id, revision_id, account_id, dimension_value_id, first_month, ${sql.raw(SUM_COLUMNS.join(', '))})
    select ${id}, company_id, revision_id, account_id, dimension_value_id, ${months[0]}, ${sql.join(sums)}
    from budget_amount where revision_id = ${revisionId}
    group by company_id, revision_id, account_id, dimension_value_id`.execute(db);
}
