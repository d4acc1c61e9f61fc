import type { Migration } from 'kysely';

/**
 * Every query through the company-scoped handle filters `company_id`, so an index without it makes
 * each line read also visit the table row. Both line indexes become covering for scoped queries:
 * account-first for registers and as-of sums, date-first for the partial months at a report's edges.
 */
export const lineIndexesMigration: Migration = {
  async up(db) {
    await db.schema.dropIndex('ledger_line_account_date').execute();
    await db.schema.dropIndex('ledger_line_company_date').execute();
    await db.schema
      .createIndex('ledger_line_account_cover')
      .on('ledger_line')
      .columns(['account_id', 'currency', 'entry_date', 'amount', 'base_amount', 'company_id'])
      .execute();
    await db.schema
      .createIndex('ledger_line_date_cover')
      .on('ledger_line')
      .columns(['company_id', 'entry_date', 'account_id', 'currency', 'amount', 'base_amount'])
      .execute();
  },
};
