import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { AuthTables } from './auth.tables.ts';

type Db = Kysely<AuthTables>;

/**
 * Login throttling per account and per IP, kept in the database so every server process shares it.
 * The first FREE failures cost nothing; after that each attempt must wait 2^(n-FREE) seconds, capped
 * at 15 minutes. It slows guessing down and never locks anyone out for good; failures older than the
 * window are forgotten.
 */
const FREE = 5;
const CAP_SECONDS = 15 * 60;
const WINDOW_MS = 60 * 60_000;

export const throttleKeys = (email: string, ip: string | undefined) => [`login:acct:${email.toLowerCase()}`, `login:ip:${ip ?? 'unknown'}`];

export function waitSeconds(failures: number): number {
  return failures < FREE ? 0 : Math.min(CAP_SECONDS, 2 ** (failures - FREE + 1));
}

export async function assertNotThrottled(db: Db, clock: Clock, keys: string[]): Promise<void> {
  const rows = await db.selectFrom('rate_limit').selectAll().where('key', 'in', keys).execute();
  const now = clock.now().getTime();
  for (const row of rows) {
    const last = Date.parse(row.last_failure_at);
    if (now - last > WINDOW_MS) continue;
    const wait = waitSeconds(Number(row.failures));
    const remaining = Math.ceil((last + wait * 1000 - now) / 1000);
    if (remaining > 0) throw new AppError('RATE_LIMITED', 'Too many failed sign-in attempts; wait and retry', { retryAfter: remaining });
  }
}

export async function recordFailure(db: Db, clock: Clock, keys: string[]): Promise<void> {
  const now = clock.now();
  for (const key of keys) {
    const row = await db.selectFrom('rate_limit').selectAll().where('key', '=', key).executeTakeFirst();
    const stale = row && now.getTime() - Date.parse(row.last_failure_at) > WINDOW_MS;
    const failures = row && !stale ? Number(row.failures) + 1 : 1;
    await db
      .insertInto('rate_limit')
      .values({ key, failures, last_failure_at: now.toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ failures, last_failure_at: now.toISOString() }))
      .execute();
  }
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('key', '=', key).execute();
}
