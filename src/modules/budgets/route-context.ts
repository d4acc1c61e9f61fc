import type { Context } from 'hono';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import type { Platform } from '../../platform/platform.ts';
import type { BudgetCall } from './budget-call.ts';

/** The company-scoped handle and the call (actor, clock, mailer) of a budgets request. */
export const routeContext = (p: Platform, c: Context<AppEnv>): { db: CompanyDb; call: BudgetCall } => ({
  db: c.get('db') as CompanyDb,
  call: { actor: c.get('actor') as Actor, clock: p.clock, emailEnabled: Boolean(p.config.SMTP_URL) },
});
