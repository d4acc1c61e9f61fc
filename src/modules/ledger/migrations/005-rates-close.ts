import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, makeAppendOnly, types } from '../../../platform/db/schema.ts';

/**
 * Dated exchange rates; the period-close sign-offs and the year-end closing entries (both
 * append-only: history, not state); and the ledger settings the close workflow and segregation of
 * duties read. Only new tables and nullable / defaulted columns, so it applies to a database that
 * already holds entries without touching a posted row.
 */
export const ratesCloseMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'ledger_exchange_rate')
      .addColumn('currency', t.text, (c) => c.notNull().references('currency.code'))
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('rate', t.text, (c) => c.notNull())
      .addColumn('source', t.text, (c) => c.notNull())
      .addColumn('updated_by', t.text, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      // The posting's lookup (latest on or before a date) reads this index backwards.
      .addUniqueConstraint('ledger_exchange_rate_day', ['company_id', 'currency', 'date'])
      .execute();

    await companyTable(db, 'ledger_period_signoff')
      .addColumn('period_id', t.id, (c) => c.notNull().references('ledger_period.id'))
      .addColumn('action', t.text, (c) => c.notNull())
      .addColumn('actor_id', t.id)
      .addColumn('actor_label', t.text, (c) => c.notNull())
      .addColumn('at', t.instant, (c) => c.notNull())
      .addColumn('checks', t.json, (c) => c.notNull())
      .addCheckConstraint('ledger_period_signoff_action', sql`action in ('closed', 'reopened')`)
      .execute();
    await db.schema.createIndex('ledger_period_signoff_period').on('ledger_period_signoff').columns(['period_id', 'at']).execute();
    await makeAppendOnly(db, 'ledger_period_signoff');

    await companyTable(db, 'ledger_year_end')
      .addColumn('fiscal_year', t.int, (c) => c.notNull())
      .addColumn('entry_id', t.id, (c) => c.notNull().unique().references('ledger_entry.id'))
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('ledger_year_end_year').on('ledger_year_end').columns(['company_id', 'fiscal_year']).execute();
    await makeAppendOnly(db, 'ledger_year_end');

    await db.schema
      .alterTable('ledger_settings')
      .addColumn('segregation_of_duties', t.bool, (c) => c.notNull().defaultTo(0))
      .execute();
    for (const col of ['fx_gain_account_id', 'fx_loss_account_id', 'retained_earnings_account_id']) {
      await db.schema
        .alterTable('ledger_settings')
        .addColumn(col, t.id, (c) => c.references('ledger_account.id'))
        .execute();
    }
  },
};
