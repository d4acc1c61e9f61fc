import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';

/**
 * PostgreSQL only: "the amounts of a match add up" is checked once per UPDATE statement, over the
 * matches whose lines it made live (a statement-level trigger with transition tables), instead of
 * once per line in a PL/pgSQL row trigger — which cost about half a millisecond a line, so making a
 * bulk accept's thousands of lines live took seconds. The rule is the same and still the database's:
 * when a line goes from not live to live, its match's bank lines must add up to its bank total and its
 * ledger lines to its ledger total, or the statement fails (SQLSTATE 23514, same message). The row
 * trigger keeps the other checks (a line changes only by being made live or released; a line of an
 * undone match is not made live again). Likewise the checks on a new match line (written not live; not
 * joining a match that stands or was undone; a bank-side line carries its statement line's amount)
 * run once per INSERT over its new rows. SQLite keeps migration 005's row triggers (cheap there).
 */
const immutable = `new.id <> old.id or new.company_id <> old.company_id or new.match_id <> old.match_id or new.bank_account_id <> old.bank_account_id or new.side <> old.side
       or coalesce(new.bank_line_id, '') <> coalesce(old.bank_line_id, '') or coalesce(new.ledger_line_id, '') <> coalesce(old.ledger_line_id, '')
       or new.amount <> old.amount or new.date <> old.date`;

export const matchChecksPerStatementMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    if (!isPostgres(db)) return;
    await sql
      .raw(`create or replace function bank_match_line_update_check() returns trigger language plpgsql as $$ begin
        if ${immutable} then raise exception 'bank_match_line: a match line changes only by being made live or released' using errcode = '23514'; end if;
        if old.live is null and new.live is not null and (select m.status from bank_match m where m.id = new.match_id) <> 'matched' then
          raise exception 'bank_match_line: a line of an undone match is not made live again' using errcode = '23514'; end if;
        return new; end $$`)
      .execute(db);
    await sql
      .raw(`create function bank_match_line_sums_check() returns trigger language plpgsql as $$ begin
        if exists (
          select 1 from bank_match m
          where m.id in (select n.match_id from new_rows n join old_rows o on o.id = n.id where o.live is null and n.live is not null)
            and (m.bank_total <> (select coalesce(sum(l.amount), 0) from bank_match_line l where l.match_id = m.id and l.side = 'bank')
              or m.ledger_total <> (select coalesce(sum(l.amount), 0) from bank_match_line l where l.match_id = m.id and l.side = 'ledger'))
        ) then raise exception 'bank_match_line: the amounts of the match do not add up' using errcode = '23514'; end if;
        return null; end $$`)
      .execute(db);
    await sql.raw('drop trigger bank_match_line_insert on bank_match_line').execute(db);
    await sql.raw('drop function bank_match_line_insert_check()').execute(db);
    const insertChecks: [string, string][] = [
      ['n.live is not null', 'a match line is written not live and made live with its whole match'],
      ["exists (select 1 from bank_match m where m.id = n.match_id and m.status <> 'matched')", 'a line cannot join a match that was undone'],
      ['exists (select 1 from bank_match_line o where o.match_id = n.match_id and o.live is not null)', 'a line cannot join a match that stands'],
      [
        "n.side = 'bank' and n.amount <> (select b.amount from bank_line b where b.id = n.bank_line_id)",
        "a bank-side line carries its statement line's amount",
      ],
    ];
    const body = insertChecks
      .map(
        ([cond, why]) =>
          `if exists (select 1 from new_rows n where ${cond}) then raise exception 'bank_match_line: ${why.replace(/'/g, "''")}' using errcode = '23514'; end if;`,
      )
      .join('\n');
    await sql.raw(`create function bank_match_line_insert_check() returns trigger language plpgsql as $$ begin ${body} return null; end $$`).execute(db);
    await sql
      .raw(
        'create trigger bank_match_line_insert after insert on bank_match_line referencing new table as new_rows for each statement execute function bank_match_line_insert_check()',
      )
      .execute(db);
    await sql
      .raw(`create trigger bank_match_line_sums after update on bank_match_line referencing old table as old_rows new table as new_rows
        for each statement execute function bank_match_line_sums_check()`)
      .execute(db);
  },
};
