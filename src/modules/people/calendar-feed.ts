import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { sha256 } from '../../platform/crypto/secret-box.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { AnyDb } from '../../platform/db/create-database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { type AppointmentTables, adb } from './appointments.tables.ts';
import type { PeopleCall } from './people-db.ts';

/** Feed tokens: `kcf_` and 32 random bytes; the prefix also lets the request log recognise and hide them. */
export const FEED_TOKEN = /^kcf_[A-Za-z0-9_-]{43}$/;
export const feedPath = (token: string) => `/api/v1/people/feed/${token}.ics`;

const activeFeed = (db: CompanyDb, userId: string) =>
  adb(db).selectFrom('people_calendar_feed').selectAll().where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();

function requireUser(call: PeopleCall): string {
  if (!call.actor.userId) throw new AppError('FORBIDDEN', 'A calendar feed belongs to a user');
  return call.actor.userId;
}

/** Whether the caller has a live feed (the token itself is never shown again). */
export async function feedStatus(db: CompanyDb, call: PeopleCall) {
  const row = await activeFeed(db, requireUser(call));
  return { active: Boolean(row), createdAt: row?.created_at ?? null };
}

/** A new private feed URL for the caller; any earlier one stops working (rotation). The token is returned once. */
export async function createFeed(db: CompanyDb, call: PeopleCall, publicUrl: string) {
  const userId = requireUser(call);
  return inTransaction(db, async (trx) => {
    const now = call.clock.now().toISOString();
    const before = await activeFeed(trx, userId);
    if (before) await adb(trx).updateTable('people_calendar_feed').set({ revoked_at: now }).where('id', '=', before.id).execute();
    const token = `kcf_${randomBytes(32).toString('base64url')}`;
    const id = newId();
    await adb(trx)
      .insertInto('people_calendar_feed')
      .values({ id, user_id: userId, token_hash: sha256(token), created_at: now, revoked_at: null } as never)
      .execute();
    await recordAudit(trx, call.clock, call.actor, {
      action: before ? 'people.calendar_feed.rotated' : 'people.calendar_feed.created',
      targetType: 'people_calendar_feed',
      targetId: id,
    });
    return { token, url: new URL(feedPath(token), publicUrl).toString(), createdAt: now };
  });
}

/** Revokes the caller's feed: its URL answers 404 from now on. */
export async function revokeFeed(db: CompanyDb, call: PeopleCall): Promise<void> {
  const userId = requireUser(call);
  await inTransaction(db, async (trx) => {
    const row = await activeFeed(trx, userId);
    if (!row) throw new AppError('NOT_FOUND', 'No calendar feed to revoke');
    await adb(trx).updateTable('people_calendar_feed').set({ revoked_at: call.clock.now().toISOString() }).where('id', '=', row.id).execute();
    await recordAudit(trx, call.clock, call.actor, { action: 'people.calendar_feed.revoked', targetType: 'people_calendar_feed', targetId: row.id });
  });
}

/**
 * The live feed a token opens, looked up by its hash across companies (the route is unauthenticated),
 * with its active user; anything else (unknown, revoked, disabled user) is NOT_FOUND.
 */
export async function feedByToken(root: AnyDb, token: string) {
  if (!FEED_TOKEN.test(token)) throw new AppError('NOT_FOUND');
  const db = root as unknown as import('kysely').Kysely<AppointmentTables>;
  const row = await db
    .selectFrom('people_calendar_feed as f')
    .innerJoin('app_user as u', 'u.id', 'f.user_id')
    .innerJoin('company as c', 'c.id', 'f.company_id')
    .select(['f.id', 'f.company_id', 'f.user_id', 'u.active', 'u.locale', 'c.name', 'c.name_ar'])
    .where('f.token_hash', '=', sha256(token))
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || Number(row.active) !== 1) throw new AppError('NOT_FOUND');
  return row;
}
