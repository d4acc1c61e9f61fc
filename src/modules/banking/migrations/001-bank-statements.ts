import type { Kysely, Migration } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

/**
 * Bank accounts, their imported statements and statement lines. A line's key (the bank's reference,
 * else a fingerprint) is unique per bank account, so no line is imported twice; the index on
 * (account, amount, date) is the one the matcher will search by.
 */
export const bankStatementsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'bank_account')
      .addColumn('name', t.text, (c) => c.notNull())
      .addColumn('bank', t.text, (c) => c.notNull())
      .addColumn('iban', t.text)
      .addColumn('account_number', t.text)
      .addColumn('currency', t.text, (c) => c.notNull().references('currency.code'))
      .addColumn('ledger_account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
      .addColumn('csv_mapping', t.json)
      .addColumn('active', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('bank_account_name', ['company_id', 'name'])
      .execute();

    await companyTable(db, 'bank_statement')
      .addColumn('bank_account_id', t.id, (c) => c.notNull().references('bank_account.id'))
      .addColumn('format', t.text, (c) => c.notNull())
      .addColumn('file_name', t.text, (c) => c.notNull())
      .addColumn('file_sha256', t.text, (c) => c.notNull())
      .addColumn('statement_key', t.text, (c) => c.notNull())
      .addColumn('reference', t.text)
      .addColumn('from_date', t.date, (c) => c.notNull())
      .addColumn('to_date', t.date, (c) => c.notNull())
      .addColumn('opening_balance', t.money)
      .addColumn('closing_balance', t.money)
      .addColumn('line_count', t.int, (c) => c.notNull())
      .addColumn('new_line_count', t.int, (c) => c.notNull())
      .addColumn('total_credits', t.money, (c) => c.notNull())
      .addColumn('total_debits', t.money, (c) => c.notNull())
      .addColumn('previous_statement_id', t.id, (c) => c.references('bank_statement.id'))
      .addColumn('continuity', t.text, (c) => c.notNull())
      .addColumn('gap', t.money)
      .addColumn('imported_by', t.text, (c) => c.notNull())
      .addColumn('imported_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('bank_statement_key', ['company_id', 'bank_account_id', 'statement_key'])
      .execute();
    await db.schema.createIndex('bank_statement_account_dates').on('bank_statement').columns(['company_id', 'bank_account_id', 'to_date']).execute();

    await companyTable(db, 'bank_line')
      .addColumn('bank_account_id', t.id, (c) => c.notNull().references('bank_account.id'))
      .addColumn('statement_id', t.id, (c) => c.notNull().references('bank_statement.id'))
      .addColumn('line_key', t.text, (c) => c.notNull())
      .addColumn('booking_date', t.date, (c) => c.notNull())
      .addColumn('value_date', t.date)
      .addColumn('amount', t.money, (c) => c.notNull())
      .addColumn('currency', t.text, (c) => c.notNull())
      .addColumn('text', t.text, (c) => c.notNull())
      .addColumn('bank_ref', t.text)
      .addColumn('entry_ref', t.text)
      .addColumn('end_to_end_id', t.text)
      .addColumn('counterparty', t.text)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('bank_line_key', ['company_id', 'bank_account_id', 'line_key'])
      .execute();
    await db.schema.createIndex('bank_line_match').on('bank_line').columns(['company_id', 'bank_account_id', 'amount', 'booking_date']).execute();
    await db.schema.createIndex('bank_line_statement').on('bank_line').columns(['statement_id']).execute();
  },
};
