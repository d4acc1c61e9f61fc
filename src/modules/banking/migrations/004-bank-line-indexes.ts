import type { Kysely, Migration } from 'kysely';

/**
 * Fewer, cheaper indexes on statement lines. The matcher no longer looks lines up by amount in SQL:
 * it reads an account's unmatched lines in date order and joins them with the ledger's by amount in
 * memory. The (account, amount, date) index cost about a third of an import's writes (its entries
 * land at random places); an (account, date) index, filled nearly in order, serves the reads by date
 * (unmatched lines, rules up to a date, reconciliation) at almost no cost.
 */
export const bankLineIndexesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    await db.schema.dropIndex('bank_line_match').execute();
    await db.schema.createIndex('bank_line_dates').on('bank_line').columns(['company_id', 'bank_account_id', 'booking_date']).execute();
  },
};
