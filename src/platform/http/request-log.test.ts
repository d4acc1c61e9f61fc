import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';

describe('request logs', () => {
  let ctx: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    ctx = await createTestApp('sqlite', {}, pino({ level: 'info' }, sink));
  });
  afterAll(async () => ctx.close());

  it('log one line per request with its id, and never a password, cookie, token or query string', async () => {
    const { admin } = await setupAdmin(ctx.app);
    await admin.login('admin@acme.test');
    const token = (await admin.post('/api/v1/me/tokens', { name: 'log', permissions: ['platform.users.read'], expiresInDays: 1 })).body.token as string;
    await ctx.app.request('/api/v1/users?q=secret-query', { headers: { authorization: `Bearer ${token}` } });
    await admin.post('/api/v1/auth/login', { email: 'admin@acme.test', password: 'a wrong password here' });
    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    const sessionValue = admin.cookie.split('=')[1];
    for (const secret of [PASSWORD, 'a wrong password here', token, sessionValue, admin.csrf, 'secret-query']) expect(all).not.toContain(secret);
    const entry = JSON.parse(lines.find((l) => l.includes('/api/v1/users')) as string);
    expect(entry).toMatchObject({ method: 'GET', path: '/api/v1/users', status: 200 });
    expect(entry.req).toMatch(/^[0-9a-f-]{36}$/);
  });
});
