import type { Kysely } from 'kysely';
import { listCompaniesOfUser } from '../companies/companies.repository.ts';
import type { CompaniesTables } from '../companies/companies.tables.ts';
import { AppError } from '../errors.ts';
import type { NavEntry } from '../module.ts';
import type { Platform } from '../platform.ts';
import type { Actor } from './actor.ts';
import type { Me } from './auth.schemas.ts';
import type { AuthTables } from './auth.tables.ts';
import { findUserById } from './users.repository.ts';

/** Navigation the actor may see: every module's entries whose permission the actor holds. */
export function navFor(p: Platform, actor: Actor): NavEntry[] {
  return p.modules.flatMap((m) => m.nav ?? []).filter((n) => n.permission === 'authenticated' || actor.permissions.has(n.permission));
}

export async function buildMe(p: Platform, actor: Actor, csrfToken: string | null): Promise<Me> {
  if (!actor.userId) throw new AppError('UNAUTHENTICATED');
  const db = p.db as Kysely<AuthTables & CompaniesTables>;
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const companies = await listCompaniesOfUser(db, user.id);
  const company = companies.find((c) => c.id === actor.companyId) ?? null;
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      locale: user.locale === 'ar' ? 'ar' : 'en',
      timeZone: user.time_zone,
      mfaEnabled: user.totp_enabled_at !== null,
    },
    company,
    companies: companies.map((c) => ({ id: c.id, name: c.name, nameAr: c.nameAr })),
    roles: [...actor.roles],
    permissions: [...actor.permissions].sort(),
    stage: actor.stage,
    csrfToken,
    nav: actor.stage === 'full' ? navFor(p, actor) : [],
  };
}
