import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.ts';
import type { KawalisModule } from '../module.ts';
import { authRoutes } from './auth.routes.ts';
import { meRoutes } from './me.routes.ts';
import { createAuth } from './migrations/001-auth.ts';

export type { Actor, Stage } from './actor.ts';
export { cliActor, hasPermission } from './actor.ts';
export { login } from './login.ts';
export { isSetupNeeded, setupKawalis } from './setup.ts';

export const authModule: KawalisModule = {
  name: 'auth',
  migrations: { '001-auth': createAuth },
  companyTables: ['role', 'user_role', 'api_token'],
  routes: (p) => new OpenAPIHono<AppEnv>().route('/', authRoutes(p)).route('/', meRoutes(p)),
  nav: [{ key: 'profile', path: '/profile', label: 'nav.profile', permission: 'authenticated' }],
};
