import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import type { Actor } from './actor.ts';
import type { AuthTables, UserTable } from './auth.tables.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { rolesOfUserInCompany } from './roles.repository.ts';
import { revokeUserSessions, setSessionCompany, setSessionStage } from './sessions.ts';
import { activateTotp, disableTotp, startTotpEnrolment, verifyTotp } from './totp.ts';
import { findUserByEmail, findUserById, updateUser } from './users.repository.ts';

type Db = Kysely<AuthTables>;

async function me(p: Platform, actor: Actor): Promise<UserTable> {
  const user = actor.userId ? await findUserById(p.db as Db, actor.userId) : undefined;
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/** Re-authentication: changes to password, e-mail or 2FA need the current password. */
async function reauthenticate(p: Platform, actor: Actor, currentPassword: string): Promise<UserTable> {
  const user = await me(p, actor);
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    await recordAudit(p.db, p.clock, actor, { action: 'auth.reauth_failed', targetType: 'user', targetId: user.id });
    throw new AppError('REAUTH_REQUIRED', 'The current password is wrong');
  }
  return user;
}

export async function updateProfile(p: Platform, actor: Actor, input: { displayName?: string; locale?: 'en' | 'ar'; timeZone?: string }) {
  const user = await me(p, actor);
  await inTransaction(p.db as Db, async (trx) => {
    await updateUser(trx, user.id, { display_name: input.displayName, locale: input.locale, time_zone: input.timeZone });
    await recordAudit(trx, p.clock, actor, { action: 'user.profile_updated', targetType: 'user', targetId: user.id, summary: input });
  });
}

/** A new password ends every other session; the current one continues (and leaves a forced-change stage). */
export async function changePassword(p: Platform, actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await reauthenticate(p, actor, input.currentPassword);
  checkPasswordPolicy(input.newPassword, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION', 'Choose a new password', [{ path: 'newPassword', message: 'Must differ from the current password' }]);
  }
  const hash = await hashPassword(input.newPassword);
  await inTransaction(p.db as Db, async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, must_change_password: 0 });
    await revokeUserSessions(trx, p.clock, user.id, actor.sessionId);
    await recordAudit(trx, p.clock, actor, { action: 'user.password_changed', targetType: 'user', targetId: user.id });
  });
}

export async function changeEmail(p: Platform, actor: Actor, input: { currentPassword: string; email: string }) {
  const user = await reauthenticate(p, actor, input.currentPassword);
  const taken = await findUserByEmail(p.db as Db, input.email);
  if (taken && taken.id !== user.id) throw new AppError('CONFLICT', 'That e-mail address belongs to another user', { field: 'email' });
  await inTransaction(p.db as Db, async (trx) => {
    await updateUser(trx, user.id, { email: input.email });
    await recordAudit(trx, p.clock, actor, {
      action: 'user.email_changed',
      targetType: 'user',
      targetId: user.id,
      summary: { before: user.email, after: input.email },
    });
  });
}

export async function switchCompany(p: Platform, actor: Actor, companyId: string) {
  const user = await me(p, actor);
  const roles = await rolesOfUserInCompany(p.db as Db, user.id, companyId);
  if (roles.length === 0 || !actor.sessionId) throw new AppError('NOT_FOUND');
  await setSessionCompany(p.db as Db, actor.sessionId, companyId);
  await recordAudit(p.db, p.clock, { ...actor, companyId }, { action: 'auth.company_switched', targetType: 'company', targetId: companyId });
}

export async function startTotp(p: Platform, actor: Actor, currentPassword: string | undefined) {
  // During forced enrolment the user has just given the password; otherwise ask for it again.
  const user = actor.stage === 'enrol_mfa' ? await me(p, actor) : await reauthenticate(p, actor, currentPassword ?? '');
  if (user.totp_enabled_at) throw new AppError('CONFLICT', 'Two-factor sign-in is already on; disable it first');
  return startTotpEnrolment(p.db as Db, p.secrets, user);
}

export async function confirmTotp(p: Platform, actor: Actor, code: string): Promise<string[]> {
  const user = await me(p, actor);
  if (!user.totp_secret || user.totp_enabled_at) throw new AppError('CONFLICT', 'Start enrolment first');
  if (!(await verifyTotp(p.db as Db, p.secrets, p.clock, user, code))) {
    throw new AppError('VALIDATION', 'Wrong code', [{ path: 'code', message: 'The code does not match; check the device clock' }]);
  }
  return inTransaction(p.db as Db, async (trx) => {
    const codes = await activateTotp(trx, p.clock, user.id);
    if (actor.stage === 'enrol_mfa' && actor.sessionId) await setSessionStage(trx, actor.sessionId, 'full');
    await recordAudit(trx, p.clock, actor, { action: 'user.mfa_enabled', targetType: 'user', targetId: user.id });
    return codes;
  });
}

export async function turnOffTotp(p: Platform, actor: Actor, currentPassword: string) {
  const user = await reauthenticate(p, actor, currentPassword);
  if (actor.companyId) {
    const roles = await rolesOfUserInCompany(p.db as Db, user.id, actor.companyId);
    if (roles.some((r) => r.requireMfa)) throw new AppError('CONFLICT', 'One of your roles requires two-factor sign-in');
  }
  await inTransaction(p.db as Db, async (trx) => {
    await disableTotp(trx, user.id);
    await recordAudit(trx, p.clock, actor, { action: 'user.mfa_disabled', targetType: 'user', targetId: user.id });
  });
}
