import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { companyTable, makeAppendOnly, types } from '../../../platform/db/schema.ts';

/**
 * Entries, their lines and the balances kept at posting. Posted entries and posted lines are
 * immutable in the database itself: triggers refuse UPDATE and DELETE of a posted entry, any UPDATE
 * or DELETE of a posted line (every row of `ledger_line` is one), and a new line added to an entry
 * that is already posted. Drafts keep their lines in `ledger_draft_line`, which stays editable.
 */
export const entriesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await companyTable(db, 'ledger_entry')
      .addColumn('journal_id', t.id, (c) => c.notNull().references('ledger_journal.id'))
      .addColumn('status', t.text, (c) => c.notNull())
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('memo', t.text)
      .addColumn('reference', t.text)
      .addColumn('number', t.text)
      .addColumn('fiscal_year', t.int)
      .addColumn('sequence_no', t.int)
      .addColumn('chain_seq', t.int)
      .addColumn('author_id', t.id)
      .addColumn('author_label', t.text, (c) => c.notNull())
      .addColumn('poster_id', t.id)
      .addColumn('poster_label', t.text)
      .addColumn('posted_at', t.instant)
      .addColumn('idempotency_key', t.text)
      .addColumn('request_hash', t.text)
      .addColumn('reverses_entry_id', t.id, (c) => c.references('ledger_entry.id').unique())
      .addColumn('hash', t.text)
      .addColumn('prev_hash', t.text)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addUniqueConstraint('ledger_entry_idempotency', ['company_id', 'idempotency_key'])
      .addUniqueConstraint('ledger_entry_sequence', ['journal_id', 'fiscal_year', 'sequence_no'])
      .addUniqueConstraint('ledger_entry_chain', ['journal_id', 'chain_seq'])
      .addUniqueConstraint('ledger_entry_prev_hash', ['journal_id', 'prev_hash'])
      .addCheckConstraint('ledger_entry_status', sql`status in ('draft', 'posted')`)
      .addCheckConstraint(
        'ledger_entry_posted_complete',
        sql`status = 'draft' or (number is not null and fiscal_year is not null and sequence_no is not null and chain_seq is not null and hash is not null and prev_hash is not null and posted_at is not null)`,
      )
      .execute();
    await db.schema.createIndex('ledger_entry_list').on('ledger_entry').columns(['company_id', 'date']).execute();
    await db.schema.createIndex('ledger_entry_journal').on('ledger_entry').columns(['journal_id', 'status']).execute();

    for (const table of ['ledger_line', 'ledger_draft_line'] as const) {
      let b = companyTable(db, table)
        .addColumn('entry_id', t.id, (c) => c.notNull().references('ledger_entry.id'))
        .addColumn('line_no', t.int, (c) => c.notNull())
        .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
        .addColumn('currency', t.text, (c) => c.notNull().references('currency.code'))
        .addColumn('amount', t.money, (c) => c.notNull())
        .addColumn('base_amount', t.money, (c) => c.notNull())
        .addColumn('rate', t.text, (c) => c.notNull())
        .addColumn('memo', t.text);
      if (table === 'ledger_line') b = b.addColumn('entry_date', t.date, (c) => c.notNull());
      await b.addUniqueConstraint(`${table}_no`, ['entry_id', 'line_no']).execute();
    }
    // As-of sums per account read only this index (covering), never the entry header.
    await db.schema
      .createIndex('ledger_line_account_date')
      .on('ledger_line')
      .columns(['account_id', 'currency', 'entry_date', 'amount', 'base_amount'])
      .execute();
    await db.schema.createIndex('ledger_line_company_date').on('ledger_line').columns(['company_id', 'entry_date']).execute();
    await db.schema.createIndex('ledger_draft_line_account').on('ledger_draft_line').column('account_id').execute();

    await companyTable(db, 'ledger_balance')
      .addColumn('account_id', t.id, (c) => c.notNull().references('ledger_account.id'))
      .addColumn('currency', t.text, (c) => c.notNull())
      .addColumn('period', t.text, (c) => c.notNull())
      .addColumn('amount', t.money, (c) => c.notNull())
      .addColumn('base_amount', t.money, (c) => c.notNull())
      .addUniqueConstraint('ledger_balance_key', ['company_id', 'account_id', 'currency', 'period'])
      .execute();
    await db.schema.createIndex('ledger_balance_period').on('ledger_balance').columns(['company_id', 'period']).execute();

    await makeAppendOnly(db, 'ledger_line');
    await guardPostedEntries(db);
  },
};

async function guardPostedEntries(db: Kysely<unknown>) {
  if (isPostgres(db)) {
    await sql`create function ledger_entry_guard() returns trigger language plpgsql as $$
      begin
        if OLD.status = 'posted' then
          raise exception 'ledger_entry %: a posted entry is immutable (% refused)', OLD.id, TG_OP using errcode = '42501';
        end if;
        if TG_OP = 'DELETE' then return OLD; end if;
        return NEW;
      end $$`.execute(db);
    await sql`create trigger ledger_entry_posted_immutable before update or delete on ledger_entry
      for each row execute function ledger_entry_guard()`.execute(db);
    await sql`create function ledger_line_insert_guard() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from ledger_entry where id = NEW.entry_id and status = 'posted') then
          raise exception 'ledger_line: entry % is posted, no line may be added', NEW.entry_id using errcode = '42501';
        end if;
        return NEW;
      end $$`.execute(db);
    await sql`create trigger ledger_line_posted_entry before insert on ledger_line
      for each row execute function ledger_line_insert_guard()`.execute(db);
    return;
  }
  await sql`create trigger ledger_entry_posted_no_update before update on ledger_entry when old.status = 'posted'
    begin select raise(abort, 'ledger_entry: a posted entry is immutable (UPDATE refused)'); end`.execute(db);
  await sql`create trigger ledger_entry_posted_no_delete before delete on ledger_entry when old.status = 'posted'
    begin select raise(abort, 'ledger_entry: a posted entry is immutable (DELETE refused)'); end`.execute(db);
  await sql`create trigger ledger_line_posted_entry before insert on ledger_line
    when (select status from ledger_entry where id = new.entry_id) = 'posted'
    begin select raise(abort, 'ledger_line: the entry is posted, no line may be added'); end`.execute(db);
}
