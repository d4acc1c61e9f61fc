import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';
import { makeAppendOnly } from '../../../platform/db/schema.ts';

/**
 * What a bulk posting writes per row, narrowed (issue 3: the b-trees SQLite updates per line and per
 * entry were two thirds of an import's CPU). Ids, columns and every rule stay as they were:
 * - `ledger_entry` loses the unique key `(journal_id, prev_hash)`: one random 64-hex key per entry,
 *   redundant with the chain key `(journal_id, chain_seq)` (one entry per place) and with `verify`,
 *   which checks that each entry's prev_hash is its predecessor's hash.
 * - `ledger_line`'s two covering indexes (account-first and date-first, six columns each) become one
 *   `(account_id, currency, entry_date)`: registers, matching and per-account lookups range-scan it
 *   and read the few rows they show; sums no longer read lines (kept month and day balances do).
 * - On SQLite `ledger_line` becomes WITHOUT ROWID, keyed by `(entry_id, line_no)` (the key its
 *   readers use), with its public id unique beside it: one b-tree fewer per line.
 * SQLite cannot drop a table constraint, so there both tables are rebuilt: rows are copied aside,
 * the tables dropped and created again under their own names, rows put back, indexes and triggers
 * recreated. Foreign keys are deferred to the commit: dropping `ledger_entry` orphans the rows of
 * `ledger_draft_line` and `ledger_year_end` for a moment, and putting its rows back resolves them
 * (a missing row would fail the commit). No posted row changes.
 */
export const narrowPostedTablesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (isPostgres(db)) {
      await sql`alter table ledger_entry drop constraint ledger_entry_prev_hash`.execute(db);
      await sql`drop index ledger_line_date_cover`.execute(db);
      await sql`drop index ledger_line_account_cover`.execute(db);
      await sql`create index ledger_line_account on ledger_line (account_id, currency, entry_date)`.execute(db);
      return;
    }
    await sql`pragma defer_foreign_keys = on`.execute(db);
    await sql`create table ledger_entry_copy as select * from ledger_entry`.execute(db);
    await sql`create table ledger_line_copy as select * from ledger_line`.execute(db);
    await sql`drop table ledger_line`.execute(db);
    await sql`drop table ledger_entry`.execute(db);
    await sql.raw(ENTRY_TABLE).execute(db);
    await sql.raw(`insert into ledger_entry (${ENTRY_COLUMNS}) select ${ENTRY_COLUMNS} from ledger_entry_copy`).execute(db);
    await sql`create index ledger_entry_list on ledger_entry (company_id, date)`.execute(db);
    await sql.raw(LINE_TABLE).execute(db);
    await sql.raw(`insert into ledger_line (${LINE_COLUMNS}) select ${LINE_COLUMNS} from ledger_line_copy order by entry_id, line_no`).execute(db);
    await sql`create index ledger_line_account on ledger_line (account_id, currency, entry_date)`.execute(db);
    await sql`drop table ledger_entry_copy`.execute(db);
    await sql`drop table ledger_line_copy`.execute(db);
    // The triggers of migration 003, unchanged (dropped with their tables).
    await sql`create trigger ledger_entry_posted_no_update before update on ledger_entry when old.status = 'posted'
      begin select raise(abort, 'ledger_entry: a posted entry is immutable (UPDATE refused)'); end`.execute(db);
    await sql`create trigger ledger_entry_posted_no_delete before delete on ledger_entry when old.status = 'posted'
      begin select raise(abort, 'ledger_entry: a posted entry is immutable (DELETE refused)'); end`.execute(db);
    await sql`create trigger ledger_line_posted_entry before insert on ledger_line
      when (select status from ledger_entry where id = new.entry_id) = 'posted'
      begin select raise(abort, 'ledger_line: the entry is posted, no line may be added'); end`.execute(db);
    await makeAppendOnly(db, 'ledger_line');
  },
};

const ENTRY_COLUMNS = [
  'id',
  'company_id',
  'journal_id',
  'status',
  'date',
  'memo',
  'reference',
  'number',
  'fiscal_year',
  'sequence_no',
  'chain_seq',
  'author_id',
  'author_label',
  'poster_id',
  'poster_label',
  'posted_at',
  'idempotency_key',
  'request_hash',
  'reverses_entry_id',
  'hash',
  'prev_hash',
  'created_at',
  'updated_at',
].join(', ');

// Migration 003's table (same columns, types, keys and checks) without ledger_entry_prev_hash.
export const ENTRY_TABLE = `create table ledger_entry (
  id text primary key, company_id text not null references company (id),
  journal_id text not null references ledger_journal (id), status text not null, date text not null,
  memo text, reference text, number text, fiscal_year bigint, sequence_no bigint, chain_seq bigint,
  author_id text, author_label text not null, poster_id text, poster_label text, posted_at text,
  idempotency_key text, request_hash text, reverses_entry_id text unique references ledger_entry (id),
  hash text, prev_hash text, created_at text not null, updated_at text not null,
  constraint ledger_entry_idempotency unique (company_id, idempotency_key),
  constraint ledger_entry_sequence unique (journal_id, fiscal_year, sequence_no),
  constraint ledger_entry_chain unique (journal_id, chain_seq),
  constraint ledger_entry_status check (status in ('draft', 'posted')),
  constraint ledger_entry_posted_complete check (status = 'draft' or (number is not null and fiscal_year is not null
    and sequence_no is not null and chain_seq is not null and hash is not null and prev_hash is not null and posted_at is not null)))`;

const LINE_COLUMNS = [
  'id',
  'company_id',
  'entry_id',
  'line_no',
  'account_id',
  'currency',
  'amount',
  'base_amount',
  'rate',
  'memo',
  'entry_date',
  'dim1_id',
  'dim2_id',
  'dim3_id',
].join(', ');

// Migrations 003/004's columns and references; the key (entry_id, line_no) is now the table itself.
export const LINE_TABLE = `create table ledger_line (
  id text not null unique, company_id text not null references company (id),
  entry_id text not null references ledger_entry (id), line_no bigint not null,
  account_id text not null references ledger_account (id), currency text not null references currency (code),
  amount bigint not null, base_amount bigint not null, rate text not null, memo text, entry_date text not null,
  dim1_id text references ledger_dimension_value (id), dim2_id text references ledger_dimension_value (id),
  dim3_id text references ledger_dimension_value (id),
  constraint ledger_line_no primary key (entry_id, line_no)) without rowid`;
