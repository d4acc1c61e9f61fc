import type { Kysely } from 'kysely';
import type { CompanyDb } from '../db/company-scope.ts';
import type { NotificationRow, NotificationsTables } from './notifications.tables.ts';

/**
 * Every function takes a company-scoped handle, so the company condition is added by the data layer;
 * the user condition is written here, in each query, because a notification is private to its user.
 */
type Db = Kysely<NotificationsTables>;
const typed = (db: CompanyDb) => db as unknown as Db;

/** company_id is filled in by the scope plugin, never by the caller. */
export async function insertNotification(db: CompanyDb, row: Omit<NotificationRow, 'company_id'>): Promise<NotificationRow> {
  return (await db.insertInto('notification').values(row).returningAll().executeTakeFirstOrThrow()) as NotificationRow;
}

export function findUserNotifications(db: CompanyDb, p: { userId: string; unreadOnly: boolean; limit: number; offset: number }): Promise<NotificationRow[]> {
  let q = typed(db).selectFrom('notification').selectAll().where('user_id', '=', p.userId);
  if (p.unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(p.limit).offset(p.offset).execute();
}

export async function countUserNotifications(db: CompanyDb, p: { userId: string; unreadOnly: boolean }): Promise<number> {
  let q = typed(db)
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<bigint>().as('n'))
    .where('user_id', '=', p.userId);
  if (p.unreadOnly) q = q.where('read_at', 'is', null);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findUserNotification(db: CompanyDb, p: { userId: string; id: string }): Promise<NotificationRow | undefined> {
  return typed(db).selectFrom('notification').selectAll().where('id', '=', p.id).where('user_id', '=', p.userId).executeTakeFirst();
}

/** Only unread rows are touched, so the first time a notification was read is kept. */
export async function setReadAt(db: CompanyDb, p: { userId: string; id?: string; at: string }): Promise<number> {
  let q = typed(db).updateTable('notification').set({ read_at: p.at }).where('user_id', '=', p.userId).where('read_at', 'is', null);
  if (p.id !== undefined) q = q.where('id', '=', p.id);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
