import { type Kysely, type Migration, sql } from 'kysely';
import { companyTable, types } from '../../../platform/db/schema.ts';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** Accounts, journals with their gapless counters, fiscal periods and the lock date. */
export const chartMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'ledger_account')
      .addColumn('code', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('type', t.text, (c) => c.notNull())
      .addColumn('subtype', t.text, (c) => c.notNull())
      .addColumn('parent_id', t.id, (c) => c.references('ledger_account.id'))
      .addColumn('currency', t.text, (c) => c.references('currency.code'))
      .addColumn('postable', t.bool, (c) => c.notNull())
      .addColumn('active', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('ledger_account_code', ['company_id', 'code'])
      .addCheckConstraint('ledger_account_type', sql`type in (${list(['asset', 'liability', 'equity', 'income', 'expense'])})`)
      .addCheckConstraint('ledger_account_flags', sql`postable in (0, 1) and active in (0, 1)`)
      .execute();
    await db.schema.createIndex('ledger_account_parent').on('ledger_account').column('parent_id').execute();

    await companyTable(db, 'ledger_journal')
      .addColumn('code', t.text, (c) => c.notNull())
      .addColumn('name_en', t.text, (c) => c.notNull())
      .addColumn('name_ar', t.text, (c) => c.notNull())
      .addColumn('kind', t.text, (c) => c.notNull())
      .addColumn('prefix', t.text, (c) => c.notNull())
      .addColumn('active', t.bool, (c) => c.notNull())
      .addColumn('chain_length', t.int, (c) => c.notNull().defaultTo(0))
      .addColumn('head_hash', t.text, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('ledger_journal_code', ['company_id', 'code'])
      .addCheckConstraint('ledger_journal_kind', sql`kind in (${list(['general', 'sales', 'purchases', 'bank', 'cash', 'payroll'])})`)
      .execute();

    await companyTable(db, 'ledger_sequence')
      .addColumn('journal_id', t.id, (c) => c.notNull().references('ledger_journal.id'))
      .addColumn('fiscal_year', t.int, (c) => c.notNull())
      .addColumn('last_value', t.int, (c) => c.notNull())
      .addUniqueConstraint('ledger_sequence_key', ['company_id', 'journal_id', 'fiscal_year'])
      .execute();

    await companyTable(db, 'ledger_period')
      .addColumn('fiscal_year', t.int, (c) => c.notNull())
      .addColumn('period_no', t.int, (c) => c.notNull())
      .addColumn('start_date', t.date, (c) => c.notNull())
      .addColumn('end_date', t.date, (c) => c.notNull())
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('closed_by', t.text)
      .addColumn('closed_at', t.instant)
      .addUniqueConstraint('ledger_period_no', ['company_id', 'fiscal_year', 'period_no'])
      .addUniqueConstraint('ledger_period_start', ['company_id', 'start_date'])
      .addCheckConstraint('ledger_period_status', sql`status in ('open', 'closed')`)
      .execute();

    await companyTable(db, 'ledger_settings')
      .addColumn('lock_date', t.date)
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('ledger_settings_company', ['company_id'])
      .execute();
  },
};
