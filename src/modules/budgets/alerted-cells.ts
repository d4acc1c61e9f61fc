import { sql } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { typed } from './budgets.tables.ts';

const RECORD = '\u001e';

/**
 * The cells of a revision already alerted: per account, per dimension value, one bit per month (the
 * position in `months`). Read as one row per account × month with its dimension values joined into one
 * string (in the order of the table's unique key: no sort, 2,400 rows instead of 24,000 for a budget whose
 * every other cell has alerted). Value ids never hold the separator; a count per row checks it.
 */
export async function alertedCells(db: CompanyDb, revisionId: string, months: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const joined = isPostgres(db) ? sql<string>`string_agg(dimension_value_id, ${RECORD})` : sql<string>`group_concat(dimension_value_id, ${RECORD})`;
  const rows = await typed(db)
    .selectFrom('budget_alert')
    .select(['account_id', 'month', sql<bigint>`count(*)`.as('n'), joined.as('values')])
    .where('revision_id', '=', revisionId)
    .groupBy(['account_id', 'month'])
    .execute();
  const done = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const i = monthIndex.get(r.month);
    if (i === undefined) continue;
    const values = r.values.split(RECORD);
    if (values.length !== Number(r.n)) throw new Error(`budget alerts: ${values.length} values read, ${r.n} expected`);
    let perValue = done.get(r.account_id);
    if (!perValue) {
      perValue = new Map();
      done.set(r.account_id, perValue);
    }
    for (const v of values) perValue.set(v, (perValue.get(v) ?? 0) | (1 << i));
  }
  return done;
}
