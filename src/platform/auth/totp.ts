import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import type { Clock } from '../clock.ts';
import { type SecretBox, sha256 } from '../crypto/secret-box.ts';
import { newId } from '../ids.ts';
import type { AuthTables, UserTable } from './auth.tables.ts';

type Db = Kysely<AuthTables>;
const CONTEXT = 'totp';

/** Begin enrolment: a new secret is stored encrypted but not active until a code confirms it. */
export async function startTotpEnrolment(db: Db, secrets: SecretBox, user: UserTable) {
  const secret = generateSecret();
  await db
    .updateTable('app_user')
    .set({ totp_secret: secrets.encrypt(secret, `${CONTEXT}:${user.id}`), totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', user.id)
    .execute();
  const otpauthUrl = generateURI({ issuer: 'Kawalis', label: user.email, secret });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, width: 200 });
  return { secret, otpauthUrl, qrSvg };
}

/**
 * Check a 6-digit code against the user's secret, allowing one step of clock drift either way. A code
 * is accepted once: its time step must be later than the last accepted one.
 */
export async function verifyTotp(db: Db, secrets: SecretBox, clock: Clock, user: UserTable, code: string): Promise<boolean> {
  if (!user.totp_secret || !/^\d{6}$/.test(code)) return false;
  const secret = secrets.decrypt(user.totp_secret, `${CONTEXT}:${user.id}`);
  const result = verifySync({ secret, token: code, epoch: Math.floor(clock.now().getTime() / 1000), epochTolerance: 30 });
  if (!result.valid) return false;
  const step = (result as { timeStep: number }).timeStep;
  if (user.totp_last_step !== null && BigInt(step) <= BigInt(user.totp_last_step)) return false;
  const r = await db
    .updateTable('app_user')
    .set({ totp_last_step: BigInt(step) })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', BigInt(step))]))
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Activate 2FA and issue ten single-use recovery codes, shown once and stored hashed. */
export async function activateTotp(db: Db, clock: Clock, userId: string): Promise<string[]> {
  await db.updateTable('app_user').set({ totp_enabled_at: clock.now().toISOString() }).where('id', '=', userId).execute();
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  const codes = Array.from({ length: 10 }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  for (const code of codes) {
    await db
      .insertInto('recovery_code')
      .values({ id: newId(), user_id: userId, code_hash: sha256(code), used_at: null })
      .execute();
  }
  return codes;
}

export async function redeemRecoveryCode(db: Db, clock: Clock, userId: string, code: string): Promise<boolean> {
  const r = await db
    .updateTable('recovery_code')
    .set({ used_at: clock.now().toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', sha256(code.trim().toLowerCase()))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function disableTotp(db: Db, userId: string): Promise<void> {
  await db.updateTable('app_user').set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
}
