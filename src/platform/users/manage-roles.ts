import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../auth/actor.ts';
import { findRole, findRoleByKey, insertRole, type Role, updateRole } from '../auth/roles.repository.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';

function checkPermissions(p: Platform, permissions: string[]) {
  const known = new Set(p.permissions.map((x) => x.key));
  const unknown = permissions.filter((x) => !known.has(x));
  if (unknown.length) throw new AppError('VALIDATION', 'Unknown permission', [{ path: 'permissions', message: `Unknown: ${unknown.join(', ')}` }]);
}

export async function createRole(
  p: Platform,
  db: CompanyDb,
  actor: Actor,
  input: { key: string; name: string; nameAr?: string; permissions: string[]; requireMfa: boolean },
): Promise<Role> {
  checkPermissions(p, input.permissions);
  if (await findRoleByKey(db, input.key)) throw new AppError('CONFLICT', 'A role with this key exists', { field: 'key' });
  const role: Role = {
    id: newId(),
    key: input.key,
    name: input.name,
    nameAr: input.nameAr ?? null,
    permissions: [...new Set(input.permissions)].sort(),
    requireMfa: input.requireMfa,
    system: false,
  };
  await inTransaction(db, async (trx) => {
    await insertRole(trx, role);
    await recordAudit(trx, p.clock, actor, {
      action: 'role.created',
      targetType: 'role',
      targetId: role.id,
      summary: { key: role.key, permissions: role.permissions },
    });
  });
  return role;
}

/** A role change is audited with the permissions before and after. */
export async function changeRole(
  p: Platform,
  db: CompanyDb,
  actor: Actor,
  id: string,
  input: { name?: string; nameAr?: string | null; permissions?: string[]; requireMfa?: boolean },
): Promise<Role> {
  const before = await findRole(db, id);
  if (!before) throw new AppError('NOT_FOUND');
  if (input.permissions) checkPermissions(p, input.permissions);
  if (before.key === 'admin' && input.permissions && !input.permissions.includes('platform.roles.manage')) {
    throw new AppError('CONFLICT', 'The admin role keeps the permission to manage roles', { field: 'permissions' });
  }
  const after = {
    name: input.name ?? before.name,
    nameAr: input.nameAr === undefined ? before.nameAr : input.nameAr,
    permissions: input.permissions ? [...new Set(input.permissions)].sort() : before.permissions,
    requireMfa: input.requireMfa ?? before.requireMfa,
  };
  await inTransaction(db, async (trx) => {
    await updateRole(trx, id, after);
    await recordAudit(trx, p.clock, actor, {
      action: 'role.changed',
      targetType: 'role',
      targetId: id,
      summary: {
        key: before.key,
        before: { permissions: before.permissions, requireMfa: before.requireMfa },
        after: { permissions: after.permissions, requireMfa: after.requireMfa },
      },
    });
  });
  return { ...before, ...after };
}
