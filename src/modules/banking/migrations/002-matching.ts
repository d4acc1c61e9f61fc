import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

/**
 * Matches between statement lines and ledger lines, and matching rules.
 *
 * A match line is `live` (1) while its match stands and NULL once unmatched (the row is kept as
 * history). The unique indexes on (company, bank line, live) and (company, ledger line, live) let a
 * line sit in at most one standing match (NULLs are distinct on both dialects), so of two concurrent
 * confirmations of the same line one commits and the other fails on the index. A match's bank and
 * ledger totals must be equal (check constraint). Match lines carry the amount and date of the line
 * they point at, so reports sum them and the matcher finds matched lines by (side, live, date).
 */
export const bankMatchingMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'bank_match')
      .addColumn('bank_account_id', t.id, (c) => c.notNull().references('bank_account.id'))
      .addColumn('source', t.text, (c) => c.notNull())
      .addColumn('score', t.int)
      .addColumn('reasons', t.json, (c) => c.notNull())
      .addColumn('bank_total', t.money, (c) => c.notNull())
      .addColumn('ledger_total', t.money, (c) => c.notNull())
      .addColumn('rule_id', t.id)
      .addColumn('entry_id', t.id)
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('matched_by', t.text, (c) => c.notNull())
      .addColumn('matched_at', t.instant, (c) => c.notNull())
      .addColumn('unmatched_by', t.text)
      .addColumn('unmatched_at', t.instant)
      .addColumn('unmatch_reason', t.text)
      .addCheckConstraint('bank_match_adds_up', sql`bank_total = ledger_total`)
      .addCheckConstraint('bank_match_status', sql`status in ('matched', 'unmatched')`)
      .execute();
    await db.schema.createIndex('bank_match_account').on('bank_match').columns(['company_id', 'bank_account_id', 'status']).execute();

    await companyTable(db, 'bank_match_line')
      .addColumn('match_id', t.id, (c) => c.notNull().references('bank_match.id'))
      .addColumn('bank_account_id', t.id, (c) => c.notNull().references('bank_account.id'))
      .addColumn('side', t.text, (c) => c.notNull())
      .addColumn('bank_line_id', t.id, (c) => c.references('bank_line.id'))
      .addColumn('ledger_line_id', t.id)
      .addColumn('amount', t.money, (c) => c.notNull())
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('live', t.int)
      .addCheckConstraint(
        'bank_match_line_side',
        sql`(side = 'bank' and bank_line_id is not null and ledger_line_id is null) or (side = 'ledger' and ledger_line_id is not null and bank_line_id is null)`,
      )
      .addCheckConstraint('bank_match_line_live', sql`live is null or live = 1`)
      .execute();
    await db.schema.createIndex('bank_match_line_bank_once').unique().on('bank_match_line').columns(['company_id', 'bank_line_id', 'live']).execute();
    await db.schema.createIndex('bank_match_line_ledger_once').unique().on('bank_match_line').columns(['company_id', 'ledger_line_id', 'live']).execute();
    await db.schema.createIndex('bank_match_line_match').on('bank_match_line').columns(['match_id']).execute();
    await db.schema.createIndex('bank_match_line_dates').on('bank_match_line').columns(['company_id', 'bank_account_id', 'side', 'live', 'date']).execute();

    await companyTable(db, 'bank_rule')
      .addColumn('bank_account_id', t.id, (c) => c.notNull().references('bank_account.id'))
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('text_contains', t.text)
      .addColumn('text_pattern', t.text)
      .addColumn('min_amount', t.money)
      .addColumn('max_amount', t.money)
      .addColumn('account_id', t.id, (c) => c.notNull())
      .addColumn('journal_id', t.id, (c) => c.notNull())
      .addColumn('memo', t.text)
      .addColumn('priority', t.int, (c) => c.notNull())
      .addColumn('active', t.bool, (c) => c.notNull())
      .addColumn('created_by', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('bank_rule_name', ['company_id', 'bank_account_id', 'name'])
      .execute();
  },
};
