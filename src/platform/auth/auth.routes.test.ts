import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addUser, Browser, createTestApp, PASSWORD, setupAdmin, type TestApp, totpNow } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';

describe.each(DIALECTS)('sign-in and sessions on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
  });
  afterAll(async () => ctx.close());
  // Tests move the clock forward; a fresh admin session keeps each test independent of the others.
  beforeEach(async () => {
    ctx.clock.advance(60_000);
    await admin.login('admin@acme.test');
  });

  it('setup happens once, and never leaves a default account', async () => {
    const again = await new Browser(ctx.app).post('/api/v1/setup', {
      company: { name: 'X', baseCurrency: 'USD' },
      admin: { email: 'x@x.test', displayName: 'X', password: PASSWORD },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SETUP_DONE');
    expect((await new Browser(ctx.app).get('/api/v1/setup')).body).toEqual({ needed: false });
    const users = await ctx.t.db.selectFrom('app_user').select(['email', 'password_hash']).execute();
    expect(users.map((u) => u.email)).toEqual(['admin@acme.test']);
    expect(users[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password with a generic 401 and audits it', async () => {
    const b = new Browser(ctx.app);
    const res = await b.post('/api/v1/auth/login', { email: 'admin@acme.test', password: 'not the password' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
    const unknown = await b.post('/api/v1/auth/login', { email: 'nobody@acme.test', password: 'not the password' });
    expect(unknown.body.error.message).toBe(res.body.error.message);
    const failed = await ctx.t.db.selectFrom('audit_event').select('action').where('action', '=', 'auth.login_failed').execute();
    expect(failed.length).toBe(2);
  });

  it('gives a new session token at every sign-in, and logout ends it server-side', async () => {
    const a = new Browser(ctx.app);
    await a.login('admin@acme.test');
    const first = a.cookie;
    await a.login('admin@acme.test');
    expect(a.cookie).not.toBe(first);
    expect(a.cookie.split('=')[1].length).toBeGreaterThanOrEqual(43); // 32 bytes base64url
    const old = new Browser(ctx.app);
    old.cookie = a.cookie;
    expect((await old.get('/api/v1/me')).status).toBe(200);
    expect((await a.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await old.get('/api/v1/me')).status).toBe(401);
  });

  it('sets an HttpOnly SameSite cookie, __Host- and Secure under https', async () => {
    const res = await ctx.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@acme.test', password: PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const https = await createTestApp('sqlite', { PUBLIC_URL: 'https://kawalis.example' });
    try {
      await setupAdmin(https.app);
      const r = await https.app.request('https://kawalis.example/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@acme.test', password: PASSWORD }),
      });
      const c = r.headers.get('set-cookie') ?? '';
      expect(c).toMatch(/^__Host-kawalis_session=/);
      expect(c).toMatch(/Secure/);
      expect(c).toMatch(/Path=\//);
      expect(r.headers.get('strict-transport-security')).toMatch(/max-age=/);
    } finally {
      await https.close();
    }
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const b = new Browser(ctx.app);
    await b.login('admin@acme.test');
    ctx.clock.advance(29 * 60_000);
    expect((await b.get('/api/v1/me')).status).toBe(200);
    ctx.clock.advance(31 * 60_000);
    expect((await b.get('/api/v1/me')).status).toBe(401);
    const c = new Browser(ctx.app);
    await c.login('admin@acme.test');
    for (let i = 0; i < 25; i++) {
      ctx.clock.advance(29 * 60_000);
      await c.get('/api/v1/me');
    }
    expect((await c.get('/api/v1/me')).status).toBe(401); // 12 h absolute limit passed
  });

  it('refuses cookie requests without the CSRF header, and foreign origins', async () => {
    const b = new Browser(ctx.app);
    await b.login('admin@acme.test');
    const token = b.csrf;
    b.csrf = '';
    const res = await b.patch('/api/v1/me', { displayName: 'Nope' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF');
    b.csrf = token;
    const foreign = await b.request('PATCH', '/api/v1/me', { displayName: 'Nope' }, { origin: 'https://evil.example' });
    expect(foreign.body.error.code).toBe('CSRF');
    expect((await b.patch('/api/v1/me', { displayName: 'Admin' })).status).toBe(200);
  });

  it('throttles repeated failures per account, then lets the right password in after the wait', async () => {
    await addUser(ctx.app, admin, 'slow@acme.test', ['employee']);
    const b = new Browser(ctx.app);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await b.post('/api/v1/auth/login', { email: 'slow@acme.test', password: `wrong-${i}-password` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    const limited = await b.post('/api/v1/auth/login', { email: 'slow@acme.test', password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.details.retryAfter).toBeGreaterThan(0);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    ctx.clock.advance(16 * 60_000);
    expect((await b.login('slow@acme.test')).status).toBe(200);
  });

  it('disabling a user ends their sessions at once', async () => {
    const { browser, user } = await addUser(ctx.app, admin, 'leaver@acme.test', ['employee']);
    expect((await browser.get('/api/v1/me')).status).toBe(200);
    expect((await admin.post(`/api/v1/users/${user.id}/disable`)).status).toBe(200);
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect((await new Browser(ctx.app).login('leaver@acme.test')).status).toBe(401);
  });

  it('a one-time password only reaches the password change', async () => {
    const roles = (await admin.get('/api/v1/roles')).body.items;
    const created = await admin.post('/api/v1/users', {
      email: 'fresh@acme.test',
      displayName: 'Fresh',
      locale: 'ar',
      roleIds: [roles.find((r: { key: string }) => r.key === 'hr').id],
    });
    const b = new Browser(ctx.app);
    expect((await b.login('fresh@acme.test', created.body.oneTimePassword)).body.stage).toBe('full');
    expect((await b.get('/api/v1/me')).body.stage).toBe('change_password');
    expect((await b.get('/api/v1/users')).status).toBe(403);
    expect((await b.post('/api/v1/me/password', { currentPassword: created.body.oneTimePassword, newPassword: 'password123' })).body.error.code).toBe(
      'VALIDATION',
    );
    expect((await b.post('/api/v1/me/password', { currentPassword: created.body.oneTimePassword, newPassword: PASSWORD })).status).toBe(204);
    expect((await b.get('/api/v1/me')).body.stage).toBe('full');
  });

  it('re-authentication guards password and e-mail changes', async () => {
    const { browser } = await addUser(ctx.app, admin, 'reauth@acme.test', ['employee']);
    const wrong = await browser.post('/api/v1/me/email', { currentPassword: 'guess-guess', email: 'new@acme.test' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('REAUTH_REQUIRED');
    const ok = await browser.post('/api/v1/me/email', { currentPassword: PASSWORD, email: 'new@acme.test' });
    expect(ok.body.user.email).toBe('new@acme.test');
  });

  it('TOTP: enrol, then sign-in needs the code; codes and recovery codes work once', async () => {
    const { browser } = await addUser(ctx.app, admin, 'mfa@acme.test', ['finance']);
    expect((await browser.post('/api/v1/me/mfa/totp/start', {})).body.error.code).toBe('REAUTH_REQUIRED');
    const start = await browser.post('/api/v1/me/mfa/totp/start', { currentPassword: PASSWORD });
    expect(start.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(start.body.qrSvg).toMatch(/<svg/);
    const confirm = await browser.post('/api/v1/me/mfa/totp/confirm', { code: totpNow(start.body.secret, ctx.clock) });
    expect(confirm.body.recoveryCodes).toHaveLength(10);

    ctx.clock.advance(60_000);
    const b = new Browser(ctx.app);
    expect((await b.login('mfa@acme.test')).body.stage).toBe('mfa');
    expect((await b.get('/api/v1/roles')).status).toBe(401); // MFA_REQUIRED
    expect((await b.post('/api/v1/auth/mfa', { code: '000000' })).status).toBe(401);
    const halfCookie = b.cookie;
    const code = totpNow(start.body.secret, ctx.clock);
    expect((await b.post('/api/v1/auth/mfa', { code })).status).toBe(200);
    expect(b.cookie).not.toBe(halfCookie);
    await b.refreshCsrf();
    expect((await b.get('/api/v1/me')).body.stage).toBe('full');

    const replay = new Browser(ctx.app);
    await replay.login('mfa@acme.test');
    expect((await replay.post('/api/v1/auth/mfa', { code })).status).toBe(401); // the same code twice
    const recovery = confirm.body.recoveryCodes[0];
    expect((await replay.post('/api/v1/auth/mfa', { recoveryCode: recovery })).status).toBe(200);
    const again = new Browser(ctx.app);
    await again.login('mfa@acme.test');
    expect((await again.post('/api/v1/auth/mfa', { recoveryCode: recovery })).status).toBe(401);
  });

  it('an admin can require 2FA for a role: sign-in then reaches only enrolment', async () => {
    await addUser(ctx.app, admin, 'risky@acme.test', ['risk']);
    const risk = (await admin.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'risk');
    expect((await admin.patch(`/api/v1/roles/${risk.id}`, { requireMfa: true })).status).toBe(200);
    const b = new Browser(ctx.app);
    expect((await b.login('risky@acme.test')).body.stage).toBe('enrol_mfa');
    expect((await b.get('/api/v1/users')).status).toBe(403);
    const start = await b.post('/api/v1/me/mfa/totp/start', {});
    expect(start.status).toBe(200);
    expect((await b.post('/api/v1/me/mfa/totp/confirm', { code: totpNow(start.body.secret, ctx.clock) })).status).toBe(200);
    expect((await b.get('/api/v1/me')).body.stage).toBe('full');
  });

  it('API tokens: shown once, hashed at rest, limited to granted permissions, revocable', async () => {
    const created = await admin.post('/api/v1/me/tokens', { name: 'reporting', permissions: ['platform.users.read'], expiresInDays: 30 });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    const stored = await ctx.t.db.selectFrom('api_token').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const bearer = (path: string, method = 'GET') => ctx.app.request(path, { method, headers: { authorization: `Bearer ${token}` } });
    expect((await bearer('/api/v1/users')).status).toBe(200);
    expect((await bearer('/api/v1/roles')).status).toBe(403);
    expect((await bearer('/api/v1/users/00000000-0000-7000-8000-000000000000/disable', 'POST')).status).toBe(403);
    const own = await admin.post('/api/v1/me/tokens', { name: 'too much', permissions: ['ledger.nothing'], expiresInDays: 1 });
    expect(own.status).toBe(400);
    expect((await admin.delete(`/api/v1/me/tokens/${created.body.item.id}`)).status).toBe(204);
    expect((await bearer('/api/v1/users')).status).toBe(401);
  });

  it('sign out everywhere ends every session of the user', async () => {
    const { browser } = await addUser(ctx.app, admin, 'many@acme.test', ['employee']);
    const other = new Browser(ctx.app);
    await other.login('many@acme.test');
    expect((await browser.get('/api/v1/me/sessions')).body.items.length).toBe(2);
    expect((await browser.post('/api/v1/auth/logout-all')).status).toBe(204);
    expect((await other.get('/api/v1/me')).status).toBe(401);
  });
});
