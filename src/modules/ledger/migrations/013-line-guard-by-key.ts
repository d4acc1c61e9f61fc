import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';

/**
 * PostgreSQL: the per-statement line guard (migration 009) looks each new line's entry up by its
 * primary key instead of joining the transition table to `ledger_entry`. PL/pgSQL plans the guard's
 * query once per connection and keeps the plan, chosen without statistics on the transition table:
 * the join became either a hash join scanning all of `ledger_entry` once per INSERT statement (134 ms
 * of a 222 ms statement late in a 100,000-entry import) or, on a fresh database, a nested loop of
 * every new line against every posted entry (21 s for a 15,000-line statement).
 *
 * A correlated scalar subquery is never turned into a join: it runs once per new line. That alone
 * does not pin the lookup to the index: planned while `ledger_entry` is a page or two (a new
 * company's first posting), the subquery is a sequential scan, and that plan stays with the
 * connection as the table grows (measured: a 20,000-line statement against 20,000 entries, 53 s).
 * So the function runs with `enable_seqscan = off` (its own setting, restored on return; the query
 * reads only the transition table, which is scanned either way, and `ledger_entry`): the subquery is
 * always one `ledger_entry_pkey` probe per line, whatever the statistics or when the plan was made
 * (20,000 lines: 66 ms). Same rule, same message and errcode. SQLite: unchanged (its row trigger is
 * already a primary-key subquery).
 */
export const lineGuardByKeyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (!isPostgres(db)) return;
    await sql`create or replace function ledger_line_insert_guard_statement() returns trigger language plpgsql
      set enable_seqscan = off as $$
      declare posted text;
      begin
        select n.entry_id into posted from ledger_line_new n
          where (select e.status from ledger_entry e where e.id = n.entry_id) = 'posted' limit 1;
        if posted is not null then
          raise exception 'ledger_line: entry % is posted, no line may be added', posted using errcode = '42501';
        end if;
        return null;
      end $$`.execute(db);
  },
};
