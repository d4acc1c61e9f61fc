import type { Kysely } from 'kysely';
import type { CompanyDb } from '../db/company-scope.ts';
import type { AuthTables, RoleTable } from './auth.tables.ts';
import { bool } from './auth.tables.ts';

type Db = Kysely<AuthTables>;

export interface Role {
  id: string;
  key: string;
  name: string;
  nameAr: string | null;
  permissions: string[];
  requireMfa: boolean;
  system: boolean;
}

export const presentRole = (r: RoleTable): Role => ({
  id: r.id,
  key: r.key,
  name: r.name,
  nameAr: r.name_ar,
  permissions: JSON.parse(r.permissions) as string[],
  requireMfa: bool(r.require_mfa),
  system: bool(r.system),
});

/** The roles a user holds in one company (unscoped db: used while resolving who is acting). */
export async function rolesOfUserInCompany(db: Db, userId: string, companyId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('user_role')
    .innerJoin('role', 'role.id', 'user_role.role_id')
    .selectAll('role')
    .where('user_role.user_id', '=', userId)
    .where('user_role.company_id', '=', companyId)
    .execute();
  return rows.map(presentRole);
}

export async function listRoles(db: CompanyDb): Promise<Role[]> {
  const rows = await (db as Db).selectFrom('role').selectAll().orderBy('key').execute();
  return rows.map(presentRole);
}

export async function findRole(db: CompanyDb, id: string): Promise<Role | undefined> {
  const row = await (db as Db).selectFrom('role').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? presentRole(row) : undefined;
}

export async function findRolesByIds(db: CompanyDb, ids: string[]): Promise<Role[]> {
  if (ids.length === 0) return [];
  const rows = await (db as Db).selectFrom('role').selectAll().where('id', 'in', ids).execute();
  return rows.map(presentRole);
}

export async function findRoleByKey(db: CompanyDb, key: string): Promise<Role | undefined> {
  const row = await (db as Db).selectFrom('role').selectAll().where('key', '=', key).executeTakeFirst();
  return row ? presentRole(row) : undefined;
}

export async function insertRole(db: CompanyDb, role: Role): Promise<void> {
  await (db as Db)
    .insertInto('role')
    .values({
      id: role.id,
      key: role.key,
      name: role.name,
      name_ar: role.nameAr,
      permissions: JSON.stringify(role.permissions),
      require_mfa: role.requireMfa ? 1 : 0,
      system: role.system ? 1 : 0,
    } as RoleTable)
    .execute();
}

export async function updateRole(db: CompanyDb, id: string, role: Omit<Role, 'id' | 'key' | 'system'>): Promise<void> {
  await (db as Db)
    .updateTable('role')
    .set({ name: role.name, name_ar: role.nameAr, permissions: JSON.stringify(role.permissions), require_mfa: role.requireMfa ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

export async function roleIdsOfUser(db: CompanyDb, userId: string): Promise<string[]> {
  const rows = await (db as Db).selectFrom('user_role').select('role_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role_id);
}

export async function setUserRoles(db: CompanyDb, userId: string, roleIds: string[], newId: () => string): Promise<void> {
  await (db as Db).deleteFrom('user_role').where('user_id', '=', userId).execute();
  for (const roleId of roleIds) {
    await (db as Db)
      .insertInto('user_role')
      .values({ id: newId(), user_id: userId, role_id: roleId } as never)
      .execute();
  }
}
