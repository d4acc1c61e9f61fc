import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import type { Actor } from './actor.ts';
import type { AuthTables } from './auth.tables.ts';
import { createSession, revokeSession } from './sessions.ts';
import { assertNotThrottled, clearFailures, recordFailure } from './throttle.ts';
import { redeemRecoveryCode, verifyTotp } from './totp.ts';
import { findUserById } from './users.repository.ts';

type Db = Kysely<AuthTables>;

/**
 * The second factor: a TOTP code (each accepted once) or a single-use recovery code. Success replaces
 * the half-signed-in session with a new full one, so the token that saw only the password never
 * reaches anything else.
 */
export async function completeMfa(p: Platform, actor: Actor, input: { code?: string; recoveryCode?: string; userAgent?: string }) {
  const db = p.db as Db;
  if (!actor.userId || !actor.sessionId || actor.stage !== 'mfa') throw new AppError('CONFLICT', 'No second factor is pending');
  const key = `mfa:user:${actor.userId}`;
  await assertNotThrottled(db, p.clock, [key]);
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const ok = input.code
    ? await verifyTotp(db, p.secrets, p.clock, user, input.code)
    : input.recoveryCode
      ? await redeemRecoveryCode(db, p.clock, user.id, input.recoveryCode)
      : false;
  if (!ok) {
    await recordFailure(db, p.clock, [key]);
    await recordAudit(p.db, p.clock, actor, { action: 'auth.mfa_failed', targetType: 'user', targetId: user.id });
    throw new AppError('UNAUTHENTICATED', 'Wrong or used code');
  }
  await clearFailures(db, key);
  return inTransaction(db, async (trx) => {
    await revokeSession(trx, p.clock, actor.sessionId as string, user.id);
    const session = await createSession(
      trx,
      p.clock,
      { idleMinutes: p.config.SESSION_IDLE_MINUTES, absoluteMinutes: p.config.SESSION_ABSOLUTE_MINUTES },
      {
        userId: user.id,
        companyId: actor.companyId,
        stage: 'full',
        ip: actor.ip,
        userAgent: input.userAgent,
      },
    );
    await recordAudit(trx, p.clock, actor, {
      action: 'auth.login',
      targetType: 'session',
      targetId: session.id,
      summary: { secondFactor: input.code ? 'totp' : 'recovery_code' },
    });
    return session;
  });
}
