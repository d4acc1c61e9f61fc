import type { Kysely } from 'kysely';
import { loadConfig } from '../../config.ts';
import { allModules } from '../../modules.ts';
import { cliActor } from '../auth/actor.ts';
import { bootPlatform } from '../boot.ts';
import { findCompanyByName, listCompanies } from '../companies/companies.repository.ts';
import type { CompaniesTables } from '../companies/companies.tables.ts';
import type { Platform } from '../platform.ts';

/** Every command reads the same configuration as the server. */
export async function loadPlatform(opts: { migrate?: boolean; logLevel?: string } = {}): Promise<Platform> {
  const config = loadConfig(process.env);
  if (opts.logLevel) config.LOG_LEVEL = opts.logLevel as typeof config.LOG_LEVEL;
  return bootPlatform(config, { modules: allModules, migrate: opts.migrate });
}

export class CliError extends Error {}

/** The company a command acts on: the one named by --company, or the only one there is. */
export async function resolveCompany(p: Platform, name?: string) {
  const db = p.db as Kysely<CompaniesTables>;
  if (name) {
    const byName = await findCompanyByName(db, name);
    const company = byName ?? (await listCompanies(db)).find((c) => c.id === name);
    if (!company) throw new CliError(`No company named "${name}"`);
    return company;
  }
  const all = await listCompanies(db);
  if (all.length === 0) throw new CliError('No company yet: run `kawalis setup` first');
  if (all.length > 1) throw new CliError(`Several companies exist (${all.map((c) => c.name).join(', ')}): name one with --company`);
  return all[0];
}

/** An operator at the machine acts as a company admin; the audit log names them `cli`. */
export function operator(p: Platform, companyId: string | null) {
  return cliActor(
    companyId,
    p.permissions.map((x) => x.key),
  );
}

/** Run a command body with a platform, closing the database afterwards and turning CliError into a clean exit. */
export async function withPlatform<T>(fn: (p: Platform) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const p = await loadPlatform({ migrate: opts.migrate, logLevel: process.env.LOG_LEVEL ?? 'warn' });
  try {
    return await fn(p);
  } catch (err) {
    if (err instanceof CliError) {
      console.error(`error: ${err.message}`);
      process.exitCode = 1;
      return undefined as T;
    }
    throw err;
  } finally {
    await p.database.close();
  }
}
