import { type Kysely, type Migration, sql } from 'kysely';

/**
 * `ledger_line_account` becomes `(account_id, entry_date, currency)` (010 made it `(account_id,
 * currency, entry_date)`). A register without a currency filter (the default) ranges over an
 * account and dates: with the currency second, SQLite could use only `account_id`, read every line
 * of the account and sort them all for a page (linear in the ledger: 1.9 ms at 50k entries for a
 * 51-line page, 4.0 ms when the range held three years). Date-second, the index gives the page in
 * date order and the scan stops after it; with a currency the filter is read from the index.
 */
export const lineAccountDateMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`drop index ledger_line_account`.execute(db);
    await sql`create index ledger_line_account on ledger_line (account_id, entry_date, currency)`.execute(db);
  },
};
