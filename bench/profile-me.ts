/**
 * Where the time of one `GET /api/v1/me` goes, measured in-process without the network: each step
 * of the request run alone many times, then the whole request through app.request().
 * Run: npx tsx bench/profile-me.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { allModules } from '../src/modules.ts';
import { meSchema } from '../src/platform/auth/auth.schemas.ts';
import type { AuthTables } from '../src/platform/auth/auth.tables.ts';
import { buildMe, navFor } from '../src/platform/auth/build-me.ts';
import { login } from '../src/platform/auth/login.ts';
import { actorFromSession } from '../src/platform/auth/resolve-actor.ts';
import { rolesOfUserInCompany } from '../src/platform/auth/roles.repository.ts';
import { findLiveSession } from '../src/platform/auth/sessions.ts';
import { setupKawalis } from '../src/platform/auth/setup.ts';
import { companyIdsOfUser, findUserById } from '../src/platform/auth/users.repository.ts';
import { bootPlatform } from '../src/platform/boot.ts';
import { findCompany, listCompanies } from '../src/platform/companies/companies.repository.ts';
import { createApp } from '../src/platform/http/create-app.ts';
import { csrfTokenFor } from '../src/platform/http/middleware.ts';

const N = Number(process.env.PROFILE_N ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'kawalis-profile-'));
const p = await bootPlatform(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1' }), { modules: allModules });
const password = 'bench password that is long enough';
const { user, company } = await setupKawalis(p, {
  company: { name: 'Bench Co', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh', workWeek: [0, 1, 2, 3, 4], fiscalYearStartMonth: 1 },
  admin: { email: 'bench@bench.example', displayName: 'Bench', password },
});
const { token } = await login(p, { email: 'bench@bench.example', password });
const db = p.db as Kysely<AuthTables>;
const timeouts = { idleMinutes: 30, absoluteMinutes: 720 };
const found = await actorFromSession(p, token, {});
if (!found) throw new Error('no session');
const me = await buildMe(p, found.actor, 'x');
const app = createApp(p);
const cookie = `kawalis_session=${token}`;

async function time(step: string, fn: () => unknown) {
  for (let i = 0; i < 200; i++) await fn();
  const start = performance.now();
  for (let i = 0; i < N; i++) await fn();
  const us = ((performance.now() - start) / N) * 1000;
  console.log(JSON.stringify({ bench: 'profile-me', step, us_per_call: Math.round(us), per_s: Math.round(1e6 / us) }));
}

await time('findLiveSession', () => findLiveSession(db, p.clock, timeouts, token));
await time('findUserById', () => findUserById(db, user.id));
await time('rolesOfUserInCompany', () => rolesOfUserInCompany(db, user.id, company.id));
await time('actorFromSession (3 queries)', () => actorFromSession(p, token, {}));
await time('companyIdsOfUser', () => companyIdsOfUser(db, user.id));
await time('listCompanies(ids)', () => listCompanies(db as never, [company.id]));
await time('findCompany', () => findCompany(db as never, company.id));
await time('buildMe (4 queries)', () => buildMe(p, found.actor, 'x'));
await time('navFor', () => navFor(p, found.actor));
await time('csrfTokenFor', () => csrfTokenFor(p, found.session.token_hash));
await time('meSchema.parse', () => meSchema.parse(me));
await time('JSON.stringify(me)', () => JSON.stringify(me));
await time('raw sqlite select 1', () => p.database.sqlite?.prepare('select 1').get());
await time('app.request /healthz', () => app.request('/healthz'));
await time('app.request /api/v1/setup (public, 1 query)', () => app.request('/api/v1/setup'));
await time('app.request /api/v1/me without cookie (401)', () => app.request('/api/v1/me'));
await time('app.request /api/v1/me', () => app.request('/api/v1/me', { headers: { cookie } }));
await p.database.close();
rmSync(dir, { recursive: true, force: true });
