import type { Kysely } from 'kysely';
import type { AuthTables, UserTable } from '../auth/auth.tables.ts';
import { bool } from '../auth/auth.tables.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { likeText } from '../db/like.ts';
import type { UserView } from './users.schemas.ts';

type Db = Kysely<AuthTables>;

export function presentUser(u: UserTable, roles: { id: string; key: string; name: string }[]): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    locale: u.locale === 'ar' ? 'ar' : 'en',
    timeZone: u.time_zone,
    active: bool(u.active),
    mfaEnabled: u.totp_enabled_at !== null,
    mustChangePassword: bool(u.must_change_password),
    lastLoginAt: u.last_login_at,
    roles,
  };
}

/** Users holding at least one role in the acting company (the subquery on user_role is company-scoped). */
export async function listCompanyUsers(db: CompanyDb, opts: { q?: string; limit: number; offset: number }) {
  const d = db as Db;
  let q = d.selectFrom('app_user').where('id', 'in', d.selectFrom('user_role').select('user_id'));
  if (opts.q) {
    const text = opts.q.toLowerCase();
    q = q.where((eb) => eb.or([likeText(eb.fn('lower', ['email']), text), likeText(eb.fn('lower', ['display_name']), text)]));
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('email').limit(opts.limit).offset(opts.offset).execute(),
    q.select((eb) => eb.fn.countAll<bigint>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findCompanyUser(db: CompanyDb, id: string): Promise<UserTable | undefined> {
  const d = db as Db;
  return d.selectFrom('app_user').selectAll().where('id', '=', id).where('id', 'in', d.selectFrom('user_role').select('user_id')).executeTakeFirst();
}

/** Role summaries per user, in the acting company. */
export async function rolesByUser(db: CompanyDb, userIds: string[]) {
  const out = new Map<string, { id: string; key: string; name: string }[]>();
  if (userIds.length === 0) return out;
  const rows = await (db as Db)
    .selectFrom('user_role')
    .innerJoin('role', 'role.id', 'user_role.role_id')
    .select(['user_role.user_id', 'role.id', 'role.key', 'role.name'])
    .where('user_role.user_id', 'in', userIds)
    .orderBy('role.key')
    .execute();
  for (const r of rows) {
    const list = out.get(r.user_id) ?? [];
    list.push({ id: r.id, key: r.key, name: r.name });
    out.set(r.user_id, list);
  }
  return out;
}
