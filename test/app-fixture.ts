import type { OpenAPIHono } from '@hono/zod-openapi';
import { generateSync } from 'otplib';
import pino from 'pino';
import type { Config } from '../src/config.ts';
import { allModules } from '../src/modules.ts';
import { ManualClock } from '../src/platform/clock.ts';
import { createSecretBox } from '../src/platform/crypto/secret-box.ts';
import type { Dialect } from '../src/platform/db/create-database.ts';
import { migrateAll } from '../src/platform/db/migrator.ts';
import type { AppEnv } from '../src/platform/http/app-env.ts';
import { createApp } from '../src/platform/http/create-app.ts';
import { buildPlatform, type Platform } from '../src/platform/platform.ts';
import { createTestDatabase, type TestDatabase } from './dialects.ts';

export const PASSWORD = 'correct horse battery staple';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    PORT: 3000,
    HOST: '127.0.0.1',
    PUBLIC_URL: 'http://localhost:3000',
    DATA_DIR: '/tmp',
    dataDir: '/tmp',
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: 'silent',
    SMTP_FROM: 'Kawalis <kawalis@localhost>',
    SESSION_IDLE_MINUTES: 30,
    SESSION_ABSOLUTE_MINUTES: 720,
    MAX_BODY_BYTES: 65536,
    MAX_UPLOAD_BYTES: 1_048_576,
    secretKey: Buffer.alloc(32, 7),
    ...overrides,
  };
}

export interface TestApp {
  t: TestDatabase;
  p: Platform;
  app: OpenAPIHono<AppEnv>;
  clock: ManualClock;
  close(): Promise<void>;
}

/** A migrated database of the dialect, a platform with a controllable clock, and the HTTP app. */
export async function createTestApp(dialect: Dialect, overrides: Partial<Config> = {}, logger = pino({ level: 'silent' })): Promise<TestApp> {
  const t = await createTestDatabase(dialect);
  await migrateAll(t.db, allModules);
  const clock = new ManualClock(new Date('2026-03-01T08:00:00Z'));
  const config = testConfig({ DATABASE_URL: t.url, ...overrides });
  const p = buildPlatform({ config, database: t, db: t.db, clock, logger, modules: allModules, secrets: createSecretBox(config.secretKey) });
  return { t, p, app: createApp(p), clock, close: () => t.destroy() };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF header on unsafe methods. */
export class Browser {
  cookie = '';
  csrf = '';
  constructor(private readonly app: OpenAPIHono<AppEnv>) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    const res = await this.app.request(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = res.headers.get('set-cookie');
    if (set) {
      const m = /kawalis_session=([^;]*)/.exec(set);
      if (m) this.cookie = m[1] ? `kawalis_session=${m[1]}` : '';
    }
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, body: json, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body);
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body);
  delete = (path: string) => this.request('DELETE', path);

  async refreshCsrf() {
    const me = await this.get('/api/v1/me');
    this.csrf = me.body?.csrfToken ?? '';
    return me;
  }

  async login(email: string, password = PASSWORD) {
    this.csrf = '';
    const res = await this.post('/api/v1/auth/login', { email, password });
    if (res.status === 200) await this.refreshCsrf();
    return res;
  }
}

export const companyInput = (name = 'Acme Trading', extra: Record<string, unknown> = {}) => ({
  name,
  nameAr: 'شركة أكمي',
  baseCurrency: 'SAR',
  language: 'en',
  timeZone: 'Asia/Riyadh',
  workWeek: [0, 1, 2, 3, 4],
  ...extra,
});

/** First-run setup through the API; returns the admin's browser. */
export async function setupAdmin(app: OpenAPIHono<AppEnv>, email = 'admin@acme.test') {
  const admin = new Browser(app);
  const res = await admin.post('/api/v1/setup', { company: companyInput(), admin: { email, displayName: 'Admin', password: PASSWORD } });
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  admin.csrf = res.body.csrfToken;
  return { admin, me: res.body };
}

/** Adds a user with the given role keys (admin acting), then signs them in with a password of their own. */
export async function addUser(app: OpenAPIHono<AppEnv>, admin: Browser, email: string, roleKeys: string[]) {
  const roles = (await admin.get('/api/v1/roles')).body.items as { id: string; key: string }[];
  const roleIds = roles.filter((r) => roleKeys.includes(r.key)).map((r) => r.id);
  const created = await admin.post('/api/v1/users', { email, displayName: email.split('@')[0], locale: 'en', roleIds });
  if (created.status !== 201) throw new Error(`user create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const b = new Browser(app);
  await b.login(email, created.body.oneTimePassword);
  const changed = await b.post('/api/v1/me/password', { currentPassword: created.body.oneTimePassword, newPassword: PASSWORD });
  if (changed.status !== 204) throw new Error(`password change failed: ${changed.status} ${JSON.stringify(changed.body)}`);
  await b.refreshCsrf();
  return { browser: b, user: created.body.user };
}

export const totpNow = (secret: string, clock: ManualClock) => generateSync({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
