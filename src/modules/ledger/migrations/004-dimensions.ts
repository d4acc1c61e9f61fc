import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { companyTable, types } from '../../../platform/db/schema.ts';

const DIM_COLUMNS = ['dim1_id', 'dim2_id', 'dim3_id'] as const;

/**
 * Dimensions (department, project, cost centre, … — types as data, one of three slots each) and
 * their values; up to three dimension values on every line; and the maintained balances keyed by
 * the dimension set as well. Written for a database that already holds entries:
 * - lines gain nullable columns (no UPDATE of `ledger_line` is needed, so its append-only triggers
 *   stay untouched: every existing line simply has no dimension);
 * - `ledger_balance` gains `dim1_id…dim3_id` as NOT NULL text with `''` for "none" (a NULL would make
 *   every row distinct in the unique key, so the posting's upsert would never find it), and its
 *   unique key is rebuilt over the dimension set. SQLite cannot drop a table constraint, so there the
 *   table is rebuilt and its rows copied (backfilled with `''`).
 */
export const dimensionsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'ledger_dimension')
      .addColumn('code', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('slot', t.int, (c) => c.notNull())
      .addColumn('active', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('ledger_dimension_code', ['company_id', 'code'])
      .addUniqueConstraint('ledger_dimension_slot', ['company_id', 'slot'])
      .addCheckConstraint('ledger_dimension_slot_range', sql`slot in (1, 2, 3) and active in (0, 1)`)
      .execute();

    await companyTable(db, 'ledger_dimension_value')
      .addColumn('dimension_id', t.id, (c) => c.notNull().references('ledger_dimension.id'))
      .addColumn('code', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('active', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('ledger_dimension_value_code', ['company_id', 'dimension_id', 'code'])
      .addCheckConstraint('ledger_dimension_value_active', sql`active in (0, 1)`)
      .execute();

    for (const table of ['ledger_line', 'ledger_draft_line']) {
      for (const col of DIM_COLUMNS) {
        await db.schema
          .alterTable(table)
          .addColumn(col, t.id, (c) => c.references('ledger_dimension_value.id'))
          .execute();
      }
    }

    if (isPostgres(db)) {
      for (const col of DIM_COLUMNS) {
        await db.schema
          .alterTable('ledger_balance')
          .addColumn(col, t.text, (c) => c.notNull().defaultTo(''))
          .execute();
      }
      await db.schema.alterTable('ledger_balance').dropConstraint('ledger_balance_key').execute();
      await db.schema
        .alterTable('ledger_balance')
        .addUniqueConstraint('ledger_balance_key', ['company_id', 'account_id', 'currency', 'period', ...DIM_COLUMNS])
        .execute();
      return;
    }
    await companyTable(db, 'ledger_balance_new')
      .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
      .addColumn('currency', t.text, (c) => c.notNull())
      .addColumn('period', t.text, (c) => c.notNull())
      .addColumn('amount', t.money, (c) => c.notNull())
      .addColumn('base_amount', t.money, (c) => c.notNull())
      .addColumn('dim1_id', t.text, (c) => c.notNull().defaultTo(''))
      .addColumn('dim2_id', t.text, (c) => c.notNull().defaultTo(''))
      .addColumn('dim3_id', t.text, (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('ledger_balance_key', ['company_id', 'account_id', 'currency', 'period', ...DIM_COLUMNS])
      .execute();
    await sql`insert into ledger_balance_new (id, company_id, account_id, currency, period, amount, base_amount, dim1_id, dim2_id, dim3_id)
      select id, company_id, account_id, currency, period, amount, base_amount, '', '', '' from ledger_balance`.execute(db);
    await db.schema.dropTable('ledger_balance').execute();
    await db.schema.alterTable('ledger_balance_new').renameTo('ledger_balance').execute();
    await db.schema.createIndex('ledger_balance_period').on('ledger_balance').columns(['company_id', 'period']).execute();
  },
};
