import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuthTables } from '../auth/auth.tables.ts';
import { generateOneTimePassword, hashPassword } from '../auth/passwords.ts';
import { findRolesByIds, roleIdsOfUser, setUserRoles } from '../auth/roles.repository.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { updateUser } from '../auth/users.repository.ts';
import { findCompany } from '../companies/companies.repository.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';
import { noticeToUser } from './user-notices.ts';
import { findCompanyUser, presentUser, rolesByUser } from './users.repository.ts';
import type { UserView } from './users.schemas.ts';

type Db = Kysely<AuthTables>;

/** Only users of the acting company can be managed: any other id is simply not found. */
async function requireUser(db: CompanyDb, id: string) {
  const user = await findCompanyUser(db, id);
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

export async function getUser(db: CompanyDb, id: string): Promise<UserView> {
  const user = await requireUser(db, id);
  return presentUser(user, (await rolesByUser(db, [id])).get(id) ?? []);
}

export async function updateCompanyUser(p: Platform, db: CompanyDb, actor: Actor, id: string, input: { displayName?: string; roleIds?: string[] }) {
  const user = await requireUser(db, id);
  await inTransaction(db, async (trx) => {
    const scoped = trx as unknown as CompanyDb;
    if (input.displayName) await updateUser(trx as unknown as Db, id, { display_name: input.displayName });
    if (input.roleIds) {
      const roles = await findRolesByIds(scoped, input.roleIds);
      if (roles.length !== new Set(input.roleIds).size) {
        throw new AppError('VALIDATION', 'Unknown role', [{ path: 'roleIds', message: 'One or more roles do not exist in this company' }]);
      }
      if (input.roleIds.length === 0) throw new AppError('VALIDATION', 'A user keeps at least one role', [{ path: 'roleIds', message: 'At least one role' }]);
      const before = await roleIdsOfUser(scoped, id);
      await setUserRoles(scoped, id, input.roleIds, newId);
      await recordAudit(trx, p.clock, actor, { action: 'user.roles_changed', targetType: 'user', targetId: id, summary: { before, after: input.roleIds } });
      const company = actor.companyId ? await findCompany(trx as never, actor.companyId) : undefined;
      await noticeToUser(p, scoped, user, 'rolesChanged', {
        company: company?.name ?? '',
        roles: roles.map((r) => (user.locale === 'ar' && r.nameAr) || r.name).join('، '),
      });
    }
    if (input.displayName && input.displayName !== user.display_name) {
      await recordAudit(trx, p.clock, actor, {
        action: 'user.updated',
        targetType: 'user',
        targetId: id,
        summary: { displayName: { before: user.display_name, after: input.displayName } },
      });
    }
  });
  return getUser(db, id);
}

/** Disabling a user ends every session at once; enabling lets them sign in again. */
export async function setUserActive(p: Platform, db: CompanyDb, actor: Actor, id: string, active: boolean) {
  await requireUser(db, id);
  if (!active && id === actor.userId) throw new AppError('CONFLICT', 'You cannot disable yourself');
  await inTransaction(db, async (trx) => {
    await updateUser(trx as unknown as Db, id, { active: active ? 1 : 0 });
    if (!active) await revokeUserSessions(trx as unknown as Db, p.clock, id);
    await recordAudit(trx, p.clock, actor, { action: active ? 'user.enabled' : 'user.disabled', targetType: 'user', targetId: id });
  });
  return getUser(db, id);
}

export async function revokeSessionsOfUser(p: Platform, db: CompanyDb, actor: Actor, id: string) {
  await requireUser(db, id);
  await inTransaction(db, async (trx) => {
    const n = await revokeUserSessions(trx as unknown as Db, p.clock, id);
    await recordAudit(trx, p.clock, actor, { action: 'user.sessions_revoked', targetType: 'user', targetId: id, summary: { sessions: n } });
  });
}

/** A new one-time password, shown once; the old password and every session stop working. */
export async function resetUserPassword(p: Platform, db: CompanyDb, actor: Actor, id: string): Promise<{ oneTimePassword: string }> {
  await requireUser(db, id);
  const oneTimePassword = generateOneTimePassword();
  const hash = await hashPassword(oneTimePassword);
  await inTransaction(db, async (trx) => {
    await updateUser(trx as unknown as Db, id, { password_hash: hash, must_change_password: 1 });
    await revokeUserSessions(trx as unknown as Db, p.clock, id);
    await recordAudit(trx, p.clock, actor, { action: 'user.password_reset', targetType: 'user', targetId: id });
  });
  return { oneTimePassword };
}
