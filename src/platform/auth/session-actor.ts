import { CompiledQuery, type Kysely } from 'kysely';
import type { AnyDb } from '../db/create-database.ts';
import type { AuthTables, SessionTable } from './auth.tables.ts';

type Db = Kysely<AuthTables>;

/** A session with its user and the user's roles in the session's company: one row per role (at least one row). */
export interface SessionActorRow extends SessionTable {
  email: string;
  active: bigint | number;
  must_change_password: bigint | number;
  role_key: string | null;
  role_permissions: string | null;
}

const MARKER = '\u0000kawalis-session-token-hash';
const compiled = new WeakMap<AnyDb, { sql: string; parameters: readonly unknown[]; at: number }>();

/**
 * Who a session token hash belongs to, in ONE statement (session ⋈ user ⟕ roles held in the session's
 * company), instead of three (session, user, roles). It is built and compiled through Kysely once per
 * database handle and then run with each request's hash as its only new parameter: this query runs on
 * every authenticated request, and building it cost more than running it. A session without a company,
 * or a user holding no role there, gives one row with `role_key` null. Still fully parameterised.
 */
export async function sessionActorRows(db: Db, tokenHash: string): Promise<SessionActorRow[]> {
  let t = compiled.get(db);
  if (!t) {
    const q = db
      .selectFrom('session')
      .innerJoin('app_user', 'app_user.id', 'session.user_id')
      .leftJoin('user_role', (j) => j.onRef('user_role.user_id', '=', 'session.user_id').onRef('user_role.company_id', '=', 'session.company_id'))
      .leftJoin('role', 'role.id', 'user_role.role_id')
      .selectAll('session')
      .select(['app_user.email', 'app_user.active', 'app_user.must_change_password', 'role.key as role_key', 'role.permissions as role_permissions'])
      .where('session.token_hash', '=', MARKER)
      .compile();
    const at = q.parameters.indexOf(MARKER);
    if (at < 0 || q.parameters.length !== 1) throw new Error('session actor query: unexpected parameters');
    t = { sql: q.sql, parameters: q.parameters, at };
    compiled.set(db, t);
  }
  const parameters = t.parameters.slice();
  parameters[t.at] = tokenHash;
  const r = await db.executeQuery<SessionActorRow>(CompiledQuery.raw(t.sql, parameters));
  return r.rows;
}
