import type { Kysely } from 'kysely';
import { sha256 } from '../crypto/secret-box.ts';
import type { Platform } from '../platform.ts';
import type { Actor, Stage } from './actor.ts';
import { findLiveToken } from './api-tokens.ts';
import { type AuthTables, bool, type SessionTable } from './auth.tables.ts';
import { rolesOfUserInCompany } from './roles.repository.ts';
import { sessionActorRows } from './session-actor.ts';
import { keepAlive } from './sessions.ts';
import { findUserById } from './users.repository.ts';

type Db = Kysely<AuthTables>;

export interface RequestMeta {
  requestId?: string;
  ip?: string;
}

const timeouts = (p: Platform) => ({ idleMinutes: p.config.SESSION_IDLE_MINUTES, absoluteMinutes: p.config.SESSION_ABSOLUTE_MINUTES });

/**
 * Who is acting, from a session cookie: a live session of an active user, with that company's roles.
 * Session, user and roles come from one statement (`sessionActorRows`); nothing is cached, so a
 * sign-out, a password change, a disabled user or a changed role takes effect on the next request.
 */
export async function actorFromSession(p: Platform, token: string, meta: RequestMeta): Promise<{ actor: Actor; session: SessionTable } | undefined> {
  const db = p.db as Db;
  const rows = await sessionActorRows(db, sha256(token));
  if (rows.length === 0) return undefined;
  const first = rows[0];
  const session: SessionTable = {
    id: first.id,
    token_hash: first.token_hash,
    user_id: first.user_id,
    company_id: first.company_id,
    stage: first.stage,
    created_at: first.created_at,
    last_seen_at: first.last_seen_at,
    expires_at: first.expires_at,
    revoked_at: first.revoked_at,
    ip: first.ip,
    user_agent: first.user_agent,
  };
  if (!(await keepAlive(db, p.clock, timeouts(p), session))) return undefined;
  if (!bool(first.active)) return undefined;
  const roles = session.company_id ? rows.filter((r) => r.role_key !== null) : [];
  // A user whose roles in the session's company were all removed keeps no access to it.
  const companyId = roles.length ? session.company_id : null;
  let stage = session.stage as Stage;
  if (stage === 'full' && bool(first.must_change_password)) stage = 'change_password';
  const permissions = new Set<string>();
  for (const r of roles) for (const perm of JSON.parse(r.role_permissions as string) as string[]) permissions.add(perm);
  return {
    session,
    actor: {
      userId: session.user_id,
      label: first.email,
      companyId,
      permissions,
      roles: roles.map((r) => r.role_key as string),
      via: 'session',
      stage,
      sessionId: session.id,
      ...meta,
    },
  };
}

/**
 * Who is acting, from a bearer token: bound to one company, holding the token's permissions that the
 * owner still holds there (removing a role from the owner narrows the token at once).
 */
export async function actorFromToken(p: Platform, token: string, meta: RequestMeta): Promise<Actor | undefined> {
  const db = p.db as Db;
  const row = await findLiveToken(db, p.clock, token);
  if (!row) return undefined;
  const user = await findUserById(db, row.user_id);
  if (!user || !bool(user.active)) return undefined;
  const roles = await rolesOfUserInCompany(db, user.id, row.company_id);
  const held = new Set(roles.flatMap((r) => r.permissions));
  const granted = (JSON.parse(row.permissions) as string[]).filter((perm) => held.has(perm));
  return {
    userId: user.id,
    label: `${user.email} (token ${row.prefix})`,
    companyId: row.company_id,
    permissions: new Set(granted),
    roles: roles.map((r) => r.key),
    via: 'token',
    stage: 'full',
    tokenId: row.id,
    ...meta,
  };
}
