import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Drafts get their own small index, `(company_id, date, created_at)` over `status = 'draft'` rows only
 * (partial, both dialects). Without it every question about drafts — the entries list filtered to
 * drafts and its count, "drafts older than N days" in the account checks, "no drafts dated in the
 * period" in the close checks — walked `ledger_entry_list (company_id, date)` over every posted entry
 * of the company (at a million entries: 0.8–1.2 s for a page of drafts). A company has few drafts, so
 * the index stays a page or two; a posting adds its row when the draft is written and removes it at the
 * flip to posted. Queries name the status as the literal `'draft'` (a bound parameter cannot prove the
 * partial index's condition to SQLite's planner).
 */
export const draftsIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('ledger_entry_drafts')
      .on('ledger_entry')
      .columns(['company_id', 'date', 'created_at'])
      .where(sql<boolean>`status = 'draft'`)
      .execute();
  },
};
