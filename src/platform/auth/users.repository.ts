import type { Kysely } from 'kysely';
import type { AuthTables, UserTable } from './auth.tables.ts';

type Db = Kysely<AuthTables>;

export const findUserById = (db: Db, id: string) => db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();

export const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom('app_user').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();

export async function insertUser(db: Db, row: UserTable): Promise<void> {
  await db.insertInto('app_user').values(row).execute();
}

export async function updateUser(db: Db, id: string, changes: Partial<Omit<UserTable, 'id' | 'created_at'>>): Promise<void> {
  await db.updateTable('app_user').set(changes).where('id', '=', id).execute();
}

export async function countUsers(db: Db): Promise<number> {
  const r = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Ids of the companies where the user holds at least one role. */
export async function companyIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('user_role').select('company_id').distinct().where('user_id', '=', userId).execute();
  return rows.map((r) => r.company_id);
}
