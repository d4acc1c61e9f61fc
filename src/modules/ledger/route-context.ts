import type { Context } from 'hono';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { Platform } from '../../platform/platform.ts';
import type { LedgerCall } from './ledger-db.ts';

/** The scoped database and the call (actor + clock) a ledger route hands to its use case. */
export function routeContext(p: Platform, c: Context<AppEnv>): { db: CompanyDb; call: LedgerCall } {
  return { db: c.get('db') as CompanyDb, call: { actor: c.get('actor') as Actor, clock: p.clock } };
}
