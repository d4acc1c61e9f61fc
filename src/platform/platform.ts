import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Clock } from './clock.ts';
import type { SecretBox } from './crypto/secret-box.ts';
import { type CompanyDb, companyTables, scopeToCompany } from './db/company-scope.ts';
import type { AnyDb, Database } from './db/create-database.ts';
import type { KawalisModule, ModuleCheck, PermissionDef } from './module.ts';

/**
 * What every use case, route and command may reach: configuration, the database, the clock, the
 * logger, the registered modules and the secret box. Built once in main.ts and passed explicitly;
 * there is no container.
 */
export interface Platform {
  config: Config;
  database: Database;
  db: AnyDb;
  clock: Clock;
  logger: Logger;
  modules: KawalisModule[];
  secrets: SecretBox;
  /** Every permission any module declares. */
  permissions: PermissionDef[];
  forCompany(companyId: string): CompanyDb;
}

export function allPermissions(modules: KawalisModule[]): PermissionDef[] {
  return modules.flatMap((m) => m.permissions ?? []);
}

export function buildPlatform(parts: Omit<Platform, 'permissions' | 'forCompany'>): Platform {
  for (const m of parts.modules) for (const t of m.companyTables ?? []) companyTables.add(t);
  return {
    ...parts,
    permissions: allPermissions(parts.modules),
    forCompany: (companyId: string) => scopeToCompany(parts.db, companyId),
  };
}

/** The checks of one kind that every module offers, e.g. what must hold before a period closes. */
export function moduleChecks(p: Pick<Platform, 'modules'>, kind: ModuleCheck['kind']): ModuleCheck[] {
  return p.modules.flatMap((m) => m.checks ?? []).filter((c) => c.kind === kind);
}
