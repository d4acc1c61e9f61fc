import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { AuthTables } from '../auth/auth.tables.ts';
import { checkPasswordPolicy, generateOneTimePassword, hashPassword } from '../auth/passwords.ts';
import { findRolesByIds, roleIdsOfUser, setUserRoles } from '../auth/roles.repository.ts';
import { findUserByEmail, insertUser } from '../auth/users.repository.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';
import { findCompanyUser, presentUser, rolesByUser } from './users.repository.ts';
import type { NewUser, UserView } from './users.schemas.ts';

type Db = Kysely<AuthTables>;

export interface CreatedUser {
  user: UserView;
  /** Only when Kawalis made the password: shown once, to be changed at first sign-in. */
  oneTimePassword?: string;
}

/**
 * Add a person to the acting company. A new account gets a one-time password (or the given one, for
 * setup); an account that already exists elsewhere in the installation is given roles here instead,
 * so one person can work for several companies with one sign-in.
 */
export async function createUser(p: Platform, db: CompanyDb, actor: Actor, input: NewUser & { password?: string }): Promise<CreatedUser> {
  const roles = await findRolesByIds(db, input.roleIds);
  if (roles.length !== new Set(input.roleIds).size) {
    throw new AppError('VALIDATION', 'Unknown role', [{ path: 'roleIds', message: 'One or more roles do not exist in this company' }]);
  }
  if (input.password !== undefined) checkPasswordPolicy(input.password);
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : undefined;
  const passwordHash = await hashPassword(input.password ?? (oneTimePassword as string));
  return inTransaction(db, async (trx) => {
    const scoped = trx as unknown as CompanyDb;
    const existing = await findUserByEmail(trx as unknown as Db, input.email);
    let userId = existing?.id;
    if (existing) {
      if ((await roleIdsOfUser(scoped, existing.id)).length > 0) {
        throw new AppError('CONFLICT', 'This person is already a user of this company', { field: 'email' });
      }
    } else {
      userId = newId();
      await insertUser(trx as unknown as Db, {
        id: userId,
        email: input.email,
        display_name: input.displayName,
        locale: input.locale,
        time_zone: input.timeZone ?? 'UTC',
        password_hash: passwordHash,
        active: 1,
        must_change_password: oneTimePassword ? 1 : 0,
        totp_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        last_login_at: null,
        created_at: p.clock.now().toISOString(),
      });
    }
    await setUserRoles(scoped, userId as string, input.roleIds, newId);
    await recordAudit(trx, p.clock, actor, {
      action: existing ? 'user.added_to_company' : 'user.created',
      targetType: 'user',
      targetId: userId,
      summary: { email: input.email, roles: roles.map((r) => r.key) },
    });
    const row = await findCompanyUser(scoped, userId as string);
    if (!row) throw new AppError('INTERNAL', 'user vanished');
    const view = presentUser(row, (await rolesByUser(scoped, [row.id])).get(row.id) ?? []);
    return { user: view, oneTimePassword: existing ? undefined : oneTimePassword };
  });
}
