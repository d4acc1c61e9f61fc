import type { Kysely } from 'kysely';
import type { Platform } from '../platform.ts';
import type { Actor, Stage } from './actor.ts';
import { findLiveToken } from './api-tokens.ts';
import { type AuthTables, bool, type SessionTable } from './auth.tables.ts';
import { rolesOfUserInCompany } from './roles.repository.ts';
import { findLiveSession } from './sessions.ts';
import { findUserById } from './users.repository.ts';

type Db = Kysely<AuthTables>;

export interface RequestMeta {
  requestId?: string;
  ip?: string;
}

const timeouts = (p: Platform) => ({ idleMinutes: p.config.SESSION_IDLE_MINUTES, absoluteMinutes: p.config.SESSION_ABSOLUTE_MINUTES });

/** Who is acting, from a session cookie: a live session of an active user, with that company's roles. */
export async function actorFromSession(p: Platform, token: string, meta: RequestMeta): Promise<{ actor: Actor; session: SessionTable } | undefined> {
  const db = p.db as Db;
  const session = await findLiveSession(db, p.clock, timeouts(p), token);
  if (!session) return undefined;
  const user = await findUserById(db, session.user_id);
  if (!user || !bool(user.active)) return undefined;
  const roles = session.company_id ? await rolesOfUserInCompany(db, user.id, session.company_id) : [];
  // A user whose roles in the session's company were all removed keeps no access to it.
  const companyId = roles.length ? session.company_id : null;
  let stage = session.stage as Stage;
  if (stage === 'full' && bool(user.must_change_password)) stage = 'change_password';
  return {
    session,
    actor: {
      userId: user.id,
      label: user.email,
      companyId,
      permissions: new Set(roles.flatMap((r) => r.permissions)),
      roles: roles.map((r) => r.key),
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
