import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { PeopleTables } from './people.tables.ts';

/** People's typed view of a company-scoped handle: scoping still applies to every query. */
export type Pdb = Kysely<PeopleTables>;
export const typed = (db: CompanyDb): Pdb => db as unknown as Pdb;

/** What every People use case receives besides the database: who acts, the clock and the secret box. */
export interface PeopleCall {
  actor: Actor;
  clock: Clock;
  secrets: SecretBox;
}

/** Today's date (UTC) by the call's clock. */
export const today = (call: Pick<PeopleCall, 'clock'>) => call.clock.now().toISOString().slice(0, 10);

/** A unique constraint refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
