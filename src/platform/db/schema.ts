import { type CreateTableBuilder, sql } from 'kysely';
import { type AnyDb, isPostgres } from './create-database.ts';

/**
 * Column helpers so one migration serves both dialects. Integers are bigint everywhere (SQLite hands
 * back bigint with safe integers on; PostgreSQL bigint is parsed to bigint), instants are timestamptz
 * on PostgreSQL and ISO-8601 UTC text on SQLite, JSON is text.
 */
export const types = (db: AnyDb) => {
  const pg = isPostgres(db);
  return {
    id: 'text' as const,
    text: 'text' as const,
    int: 'bigint' as const,
    money: 'bigint' as const,
    bool: 'bigint' as const,
    date: pg ? ('date' as const) : ('text' as const),
    instant: pg ? sql`timestamptz` : ('text' as const),
    json: 'text' as const,
  };
};

/** The standard columns of a company-owned record. */
export function companyTable<T extends string>(db: AnyDb, name: T): CreateTableBuilder<T, 'id' | 'company_id'> {
  const t = types(db);
  return db.schema
    .createTable(name)
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('company_id', t.id, (c) => c.notNull().references('company.id')) as CreateTableBuilder<T, 'id' | 'company_id'>;
}

/**
 * Make a table append-only: the database itself refuses UPDATE and DELETE, whatever the application does.
 */
export async function makeAppendOnly(db: AnyDb, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`create or replace function kawalis_refuse_change() returns trigger language plpgsql as $$
      begin raise exception '% is append-only: % refused', TG_TABLE_NAME, TG_OP using errcode = '42501'; end $$`.execute(db);
    await sql.raw(`create trigger ${table}_append_only before update or delete on ${table} for each row execute function kawalis_refuse_change()`).execute(db);
    await sql.raw(`create trigger ${table}_no_truncate before truncate on ${table} for each statement execute function kawalis_refuse_change()`).execute(db);
    return;
  }
  await sql
    .raw(`create trigger ${table}_no_update before update on ${table} begin select raise(abort, '${table} is append-only: UPDATE refused'); end`)
    .execute(db);
  await sql
    .raw(`create trigger ${table}_no_delete before delete on ${table} begin select raise(abort, '${table} is append-only: DELETE refused'); end`)
    .execute(db);
}
