import type { Context } from 'hono';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { Platform } from '../../platform/platform.ts';
import { type PeopleCall, today } from './people-db.ts';

/** The scoped database, the call (actor, clock, secret box) and today's date a People route hands on. */
export function routeContext(p: Platform, c: Context<AppEnv>): { db: CompanyDb; call: PeopleCall; asOf: string } {
  const db = c.get('db');
  if (!db) throw new AppError('FORBIDDEN', 'No current company');
  const call = { actor: c.get('actor') as Actor, clock: p.clock, secrets: p.secrets };
  return { db: db as CompanyDb, call, asOf: today(call) };
}
