import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import type { Stage } from './actor.ts';
import { type AuthTables, bool } from './auth.tables.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { rolesOfUserInCompany } from './roles.repository.ts';
import { createSession } from './sessions.ts';
import { assertNotThrottled, clearFailures, recordFailure, throttleKeys } from './throttle.ts';
import { companyIdsOfUser, findUserByEmail, updateUser } from './users.repository.ts';

type Db = Kysely<AuthTables>;

export interface LoginInput {
  email: string;
  password: string;
  ip?: string;
  userAgent?: string;
  requestId?: string;
}

/**
 * Password sign-in. Always a new session (no fixation). With 2FA on, the session starts in stage
 * `mfa` and reaches nothing but the second-factor check; when one of the user's roles requires 2FA
 * and none is enrolled, it starts in `enrol_mfa`. Failures are throttled per account and per IP and
 * audited; the answer never says whether the account exists.
 */
export async function login(p: Platform, input: LoginInput): Promise<{ token: string; stage: Stage; userId: string }> {
  const db = p.db as Db;
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  await assertNotThrottled(db, p.clock, keys);
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || !bool(user.active)) {
    await recordFailure(db, p.clock, keys);
    await recordAudit(
      p.db,
      p.clock,
      { userId: user?.id ?? null, label: email, companyId: null, requestId: input.requestId, ip: input.ip },
      {
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: user?.id,
        summary: { email, reason: !user ? 'unknown account' : !ok ? 'wrong password' : 'disabled' },
      },
    );
    throw new AppError('UNAUTHENTICATED', 'Wrong email or password');
  }
  await clearFailures(db, keys[0]);
  const companies = await companyIdsOfUser(db, user.id);
  const companyId = companies[0] ?? null;
  const roles = companyId ? await rolesOfUserInCompany(db, user.id, companyId) : [];
  const stage: Stage = user.totp_enabled_at ? 'mfa' : roles.some((r) => r.requireMfa) ? 'enrol_mfa' : 'full';
  return inTransaction(db, async (trx) => {
    const session = await createSession(
      trx,
      p.clock,
      { idleMinutes: p.config.SESSION_IDLE_MINUTES, absoluteMinutes: p.config.SESSION_ABSOLUTE_MINUTES },
      {
        userId: user.id,
        companyId,
        stage,
        ip: input.ip,
        userAgent: input.userAgent,
      },
    );
    await updateUser(trx, user.id, { last_login_at: p.clock.now().toISOString() });
    await recordAudit(
      trx,
      p.clock,
      { userId: user.id, label: email, companyId, requestId: input.requestId, ip: input.ip },
      {
        action: stage === 'mfa' ? 'auth.password_ok' : 'auth.login',
        targetType: 'session',
        targetId: session.id,
        summary: { stage },
      },
    );
    return { token: session.token, stage, userId: user.id };
  });
}
