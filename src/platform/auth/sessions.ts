import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { sha256 } from '../crypto/secret-box.ts';
import { newId } from '../ids.ts';
import type { Stage } from './actor.ts';
import type { AuthTables, SessionTable } from './auth.tables.ts';

type Db = Kysely<AuthTables>;

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteMinutes: number;
}

/** 32 random bytes (256 bits) in the cookie; only the SHA-256 of it is stored. */
export async function createSession(
  db: Db,
  clock: Clock,
  timeouts: SessionTimeouts,
  s: { userId: string; companyId: string | null; stage: Stage; ip?: string; userAgent?: string },
): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = clock.now();
  const id = newId();
  await db
    .insertInto('session')
    .values({
      id,
      token_hash: sha256(token),
      user_id: s.userId,
      company_id: s.companyId,
      stage: s.stage,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + timeouts.absoluteMinutes * 60_000).toISOString(),
      revoked_at: null,
      ip: s.ip ?? null,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, id };
}

/**
 * A session is valid while not revoked, before its absolute expiry, and while it has been used within
 * the idle timeout. Last-seen is written at most once a minute, so reads stay reads.
 */
export async function findLiveSession(db: Db, clock: Clock, timeouts: SessionTimeouts, token: string): Promise<SessionTable | undefined> {
  const row = await db.selectFrom('session').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst();
  return row && (await keepAlive(db, clock, timeouts, row)) ? row : undefined;
}

/**
 * Whether a session row found by its token is live (not revoked, not past its absolute expiry, used
 * within the idle timeout); when it is and was last seen over a minute ago, writes `last_seen_at`
 * (also into `row`).
 */
export async function keepAlive(db: Db, clock: Clock, timeouts: SessionTimeouts, row: SessionTable): Promise<boolean> {
  if (row.revoked_at) return false;
  const now = clock.now().getTime();
  if (now >= Date.parse(row.expires_at)) return false;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now - lastSeen >= timeouts.idleMinutes * 60_000) return false;
  if (now - lastSeen > 60_000) {
    const seen = new Date(now).toISOString();
    await db.updateTable('session').set({ last_seen_at: seen }).where('id', '=', row.id).execute();
    row.last_seen_at = seen;
  }
  return true;
}

export async function setSessionStage(db: Db, id: string, stage: Stage): Promise<void> {
  await db.updateTable('session').set({ stage }).where('id', '=', id).execute();
}

export async function setSessionCompany(db: Db, id: string, companyId: string): Promise<void> {
  await db.updateTable('session').set({ company_id: companyId }).where('id', '=', id).execute();
}

export async function revokeSession(db: Db, clock: Clock, id: string, userId: string): Promise<boolean> {
  const r = await db
    .updateTable('session')
    .set({ revoked_at: clock.now().toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Ends every session of a user at once (sign out everywhere, disable, password change). */
export async function revokeUserSessions(db: Db, clock: Clock, userId: string, exceptId?: string): Promise<number> {
  let q = db.updateTable('session').set({ revoked_at: clock.now().toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function listLiveSessions(db: Db, clock: Clock, userId: string): Promise<SessionTable[]> {
  return db
    .selectFrom('session')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', clock.now().toISOString())
    .orderBy('last_seen_at', 'desc')
    .limit(100)
    .execute();
}
