import type { Kysely } from 'kysely';
import type { NewCompany } from '../companies/companies.schemas.ts';
import { createCompany } from '../companies/create-company.ts';
import { scopeToCompany } from '../db/company-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import { createUser } from '../users/create-user.ts';
import { cliActor } from './actor.ts';
import type { AuthTables } from './auth.tables.ts';
import { checkPasswordPolicy } from './passwords.ts';
import { findRoleByKey } from './roles.repository.ts';
import { countUsers } from './users.repository.ts';

export interface SetupInput {
  company: NewCompany;
  admin: { email: string; displayName: string; password: string; locale?: 'en' | 'ar' };
}

export const isSetupNeeded = async (p: Platform) => (await countUsers(p.db as Kysely<AuthTables>)) === 0;

/**
 * First run: the first company and its first administrator, together or not at all. Refused once
 * any user exists, so no default account can ever be created behind an installed system.
 */
export async function setupKawalis(p: Platform, input: SetupInput, meta: { requestId?: string; ip?: string } = {}) {
  checkPasswordPolicy(input.admin.password, 'admin.password');
  return inTransaction(p.db, async (trx) => {
    if ((await countUsers(trx as Kysely<AuthTables>)) > 0) throw new AppError('SETUP_DONE');
    const company = await createCompany(p, trx, { userId: null, label: 'setup', companyId: null, ...meta }, input.company);
    const scoped = scopeToCompany(trx, company.id);
    const adminRole = await findRoleByKey(scoped, 'admin');
    if (!adminRole) throw new AppError('INTERNAL', 'admin role missing');
    const actor = { ...cliActor(company.id, []), label: 'setup', ...meta };
    const { user } = await createUser({ ...p, db: trx }, scoped, actor, {
      email: input.admin.email,
      displayName: input.admin.displayName,
      locale: input.admin.locale ?? input.company.language,
      timeZone: input.company.timeZone,
      roleIds: [adminRole.id],
      password: input.admin.password,
    });
    return { company, user };
  });
}
