import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { companyTable, types } from '../../../platform/db/schema.ts';

const DIMS = ['dim1_id', 'dim2_id', 'dim3_id'] as const;

/**
 * Balances kept per day beside the monthly ones (`ledger_balance_day`: account, currency, day and
 * dimension set), so a report edge that ends mid-month adds up at most a month of day rows per
 * account instead of every posted line of that half month (tens of thousands of lines at a million
 * entries). Filled here from the posted lines; postings keep it in the same transaction from now on.
 * Also drops `ledger_entry_journal (journal_id, status)`: no query reads it (the chain and
 * sequence keys lead with journal_id), and every posting paid for it twice (insert, then the flip
 * to posted); and replaces `ledger_balance_period (company_id, period)` with an index that covers
 * the monthly sums (reading the table row of each month cost more than the sums themselves).
 */
export const dayBalancesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'ledger_balance_day')
      .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
      .addColumn('currency', t.text, (c) => c.notNull())
      .addColumn('day', t.date, (c) => c.notNull())
      .addColumn('dim1_id', t.text, (c) => c.notNull().defaultTo(''))
      .addColumn('dim2_id', t.text, (c) => c.notNull().defaultTo(''))
      .addColumn('dim3_id', t.text, (c) => c.notNull().defaultTo(''))
      .addColumn('amount', t.money, (c) => c.notNull())
      .addColumn('base_amount', t.money, (c) => c.notNull())
      .addUniqueConstraint('ledger_balance_day_key', ['company_id', 'account_id', 'currency', 'day', ...DIMS])
      .execute();
    // Reports read a date range for all accounts: this index answers them without the table.
    await db.schema
      .createIndex('ledger_balance_day_cover')
      .on('ledger_balance_day')
      .columns(['company_id', 'day', 'account_id', 'currency', ...DIMS, 'amount', 'base_amount'])
      .execute();
    const id = isPostgres(db) ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`;
    await sql`insert into ledger_balance_day (id, company_id, account_id, currency, day, dim1_id, dim2_id, dim3_id, amount, base_amount)
      select ${id}, company_id, account_id, currency, entry_date, d1, d2, d3, sum(amount), sum(base_amount)
      from (select company_id, account_id, currency, entry_date, coalesce(dim1_id, '') as d1, coalesce(dim2_id, '') as d2,
              coalesce(dim3_id, '') as d3, amount, base_amount from ledger_line) l
      group by company_id, account_id, currency, entry_date, d1, d2, d3`.execute(db);
    await db.schema.dropIndex('ledger_entry_journal').execute();
    // Sums of whole months (as-of balances, statements, trends) read only this index, never the table,
    // and in account order, so GROUP BY account needs no sort (twice as fast as period-first; a
    // company has accounts × months rows, so reading all of them for one month is still cheap).
    await db.schema.dropIndex('ledger_balance_period').execute();
    await db.schema
      .createIndex('ledger_balance_cover')
      .on('ledger_balance')
      .columns(['company_id', 'account_id', 'currency', 'period', ...DIMS, 'amount', 'base_amount'])
      .execute();
  },
};
