import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { sha256 } from '../crypto/secret-box.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Actor } from './actor.ts';
import type { ApiTokenTable, AuthTables } from './auth.tables.ts';

type Db = Kysely<AuthTables>;

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  expiresAt: string;
  lastUsedAt: string | null;
  createdAt: string;
}

const present = (r: ApiTokenTable): ApiTokenView => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  permissions: JSON.parse(r.permissions) as string[],
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  createdAt: r.created_at,
});

/**
 * A personal API token: bound to the owner's current company, limited to a subset of the owner's
 * permissions there, expiring, revocable. The secret is shown once; only its hash is kept.
 */
export async function createApiToken(
  db: CompanyDb,
  clock: Clock,
  actor: Actor,
  input: { name: string; permissions: string[]; expiresInDays: number },
): Promise<{ token: string; item: ApiTokenView }> {
  if (!actor.userId) throw new AppError('FORBIDDEN', 'Only users own API tokens');
  const missing = input.permissions.filter((p) => !actor.permissions.has(p));
  if (missing.length) {
    throw new AppError('VALIDATION', 'A token cannot hold permissions its owner lacks', [{ path: 'permissions', message: `Not yours: ${missing.join(', ')}` }]);
  }
  const prefix = randomBytes(4).toString('hex');
  const token = `kws_${prefix}_${randomBytes(32).toString('base64url')}`;
  const now = clock.now();
  const row = {
    id: newId(),
    user_id: actor.userId,
    name: input.name,
    prefix,
    token_hash: sha256(token),
    permissions: JSON.stringify([...new Set(input.permissions)].sort()),
    expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
    revoked_at: null,
    last_used_at: null,
    created_at: now.toISOString(),
  };
  await (db as Db)
    .insertInto('api_token')
    .values(row as ApiTokenTable)
    .execute();
  return { token, item: present({ ...row, company_id: actor.companyId ?? '' }) };
}

export async function listApiTokens(db: CompanyDb, userId: string): Promise<ApiTokenView[]> {
  const rows = await (db as Db)
    .selectFrom('api_token')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(present);
}

export async function revokeApiToken(db: CompanyDb, clock: Clock, userId: string, id: string): Promise<void> {
  const r = await (db as Db)
    .updateTable('api_token')
    .set({ revoked_at: clock.now().toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (r.numUpdatedRows === 0n) throw new AppError('NOT_FOUND');
}

/** Unscoped lookup by the presented secret, while resolving who is acting. */
export async function findLiveToken(db: Db, clock: Clock, token: string): Promise<ApiTokenTable | undefined> {
  if (!token.startsWith('kws_')) return undefined;
  const row = await db.selectFrom('api_token').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst();
  if (!row || row.revoked_at || Date.parse(row.expires_at) <= clock.now().getTime()) return undefined;
  const now = clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable('api_token').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return row;
}
