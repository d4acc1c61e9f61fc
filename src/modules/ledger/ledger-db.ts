import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { findCompany } from '../../platform/companies/index.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { LedgerTables } from './ledger.tables.ts';

/** The ledger's typed view of a company-scoped handle: scoping still applies to every query. */
export type Ldb = Kysely<LedgerTables>;
export const typed = (db: CompanyDb): Ldb => db as unknown as Ldb;

/** What every ledger use case receives besides the database: who acts, and the clock. */
export interface LedgerCall {
  actor: Actor;
  clock: Clock;
}

export const flag = (v: bigint | number) => Number(v) === 1;

/** The acting company's settings the ledger depends on. */
export async function companyFacts(db: CompanyDb, actor: Actor) {
  if (!actor.companyId) throw new AppError('FORBIDDEN', 'No current company');
  // biome-ignore lint/suspicious/noExplicitAny: the platform's own table type
  const company = await findCompany(db as any, actor.companyId);
  if (!company) throw new AppError('NOT_FOUND', 'No such company');
  return { id: company.id, baseCurrency: company.baseCurrency, fiscalYearStartMonth: company.fiscalYearStartMonth, timeZone: company.timeZone };
}
export type CompanyFacts = Awaited<ReturnType<typeof companyFacts>>;

/** A unique constraint refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(err: unknown, which?: { pg: string; sqlite: string }): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e?.code === '23505') return !which || e.constraint === which.pg;
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return !which || (e.message ?? '').includes(which.sqlite);
  }
  return false;
}
