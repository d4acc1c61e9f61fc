import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';

/**
 * Triggers that refuse INSERT, UPDATE and DELETE of a row of `table` (which has `revision_id`)
 * while its budget revision is frozen, on both dialects. `pgFunction` names the PostgreSQL trigger
 * function; the triggers are `<table>_frozen` (PostgreSQL) or `<table>_frozen_<op>` (SQLite).
 */
export async function refuseChangesWhileFrozen(db: Kysely<unknown>, table: string, pgFunction: string): Promise<void> {
  const t = sql.raw(table);
  if (isPostgres(db)) {
    const fn = sql.raw(pgFunction);
    await sql`create or replace function ${fn}() returns trigger language plpgsql as $$
        begin
          if (tg_op <> 'INSERT' and exists (select 1 from budget_revision r where r.id = old.revision_id and r.frozen = 1))
             or (tg_op <> 'DELETE' and exists (select 1 from budget_revision r where r.id = new.revision_id and r.frozen = 1)) then
            raise exception 'budget revision is frozen: % refused', tg_op using errcode = '42501';
          end if;
          if tg_op = 'DELETE' then return old; end if;
          return new;
        end $$`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_frozen`)} before insert or update or delete on ${t}
        for each row execute function ${fn}()`.execute(db);
    return;
  }
  await sql`create trigger ${sql.raw(`${table}_frozen_insert`)} before insert on ${t}
      when (select frozen from budget_revision where id = new.revision_id) = 1
      begin select raise(abort, 'budget revision is frozen: INSERT refused'); end`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_frozen_update`)} before update on ${t}
      when (select frozen from budget_revision where id = old.revision_id) = 1 or (select frozen from budget_revision where id = new.revision_id) = 1
      begin select raise(abort, 'budget revision is frozen: UPDATE refused'); end`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_frozen_delete`)} before delete on ${t}
      when (select frozen from budget_revision where id = old.revision_id) = 1
      begin select raise(abort, 'budget revision is frozen: DELETE refused'); end`.execute(db);
}
