import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, Browser, createTestApp, PASSWORD, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';

describe.each(DIALECTS)('user and role administration on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  let roles: { id: string; key: string; nameAr: string }[];
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
    roles = (await admin.get('/api/v1/roles')).body.items;
  });
  afterAll(async () => ctx.close());
  const role = (key: string) => roles.find((r) => r.key === key)?.id as string;

  it('starts a company with the eight standard roles, bilingual', () => {
    expect(roles.map((r) => r.key).sort()).toEqual(['admin', 'analyst', 'employee', 'finance', 'front_office', 'hr', 'it', 'risk']);
    expect(roles.find((r) => r.key === 'finance')?.nameAr).toBe('المالية');
  });

  it('lists users page by page and finds them by name or e-mail', async () => {
    for (let i = 0; i < 5; i++)
      await admin.post('/api/v1/users', { email: `clerk${i}@acme.test`, displayName: `Clerk ${i}`, locale: 'en', roleIds: [role('employee')] });
    const page1 = await admin.get('/api/v1/users?page=1&pageSize=4');
    expect(page1.body.total).toBe(6);
    expect(page1.body.items).toHaveLength(4);
    const page2 = await admin.get('/api/v1/users?page=2&pageSize=4');
    expect(page2.body.items).toHaveLength(2);
    const found = await admin.get('/api/v1/users?q=CLERK3');
    expect(found.body.items.map((u: { email: string }) => u.email)).toEqual(['clerk3@acme.test']);
    expect((await admin.get('/api/v1/users?q=%25')).body.total).toBe(0); // LIKE wildcards are literal
  });

  it('refuses a duplicate user and unknown roles, changing nothing', async () => {
    const dup = await admin.post('/api/v1/users', { email: 'CLERK1@acme.test', displayName: 'Again', locale: 'en', roleIds: [] });
    expect(dup.status).toBe(409);
    const bad = await admin.post('/api/v1/users', {
      email: 'new@acme.test',
      displayName: 'New',
      locale: 'en',
      roleIds: ['01a00000-0000-7000-8000-000000000000'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('roleIds');
    expect((await admin.get('/api/v1/users?q=new@')).body.total).toBe(0);
  });

  it('tells a user in their language when their roles change, and audits the change', async () => {
    const created = await admin.post('/api/v1/users', { email: 'noura@acme.test', displayName: 'نورة', locale: 'ar', roleIds: [role('employee')] });
    const noura = new Browser(ctx.app);
    await noura.login('noura@acme.test', created.body.oneTimePassword);
    await noura.post('/api/v1/me/password', { currentPassword: created.body.oneTimePassword, newPassword: PASSWORD });
    await noura.refreshCsrf();
    expect((await noura.get('/api/v1/me')).body.permissions).toEqual([]);
    const changed = await admin.patch(`/api/v1/users/${created.body.user.id}`, { roleIds: [role('hr'), role('employee')] });
    expect(changed.body.roles.map((r: { key: string }) => r.key).sort()).toEqual(['employee', 'hr']);
    expect((await noura.get('/api/v1/notifications/unread-count')).body.count).toBe(1);
    const list = await noura.get('/api/v1/notifications');
    expect(list.body.items[0].title).toBe('تغيّرت أدوارك');
    expect(list.body.items[0].body).toContain('الموارد البشرية');
    const events = await admin.get(`/api/v1/audit?action=user.roles_changed&targetId=${created.body.user.id}`);
    expect(events.body.total).toBe(1);
  });

  it('resets a password: the old one and every session stop working', async () => {
    const { browser, user } = await addUser(ctx.app, admin, 'forgetful@acme.test', ['employee']);
    const reset = await admin.post(`/api/v1/users/${user.id}/reset-password`);
    expect(reset.body.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect((await new Browser(ctx.app).login('forgetful@acme.test')).status).toBe(401);
    const fresh = new Browser(ctx.app);
    await fresh.login('forgetful@acme.test', reset.body.oneTimePassword);
    expect((await fresh.get('/api/v1/me')).body.stage).toBe('change_password');
  });

  it('custom roles hold only known permissions; the admin role keeps role management', async () => {
    const unknown = await admin.post('/api/v1/roles', { key: 'auditor', name: 'Auditor', permissions: ['platform.audit.read', 'nuclear.launch'] });
    expect(unknown.status).toBe(400);
    const ok = await admin.post('/api/v1/roles', { key: 'auditor', name: 'Auditor', nameAr: 'مدقق', permissions: ['platform.audit.read'] });
    expect(ok.status).toBe(201);
    const lockout = await admin.patch(`/api/v1/roles/${role('admin')}`, { permissions: ['platform.audit.read'] });
    expect(lockout.status).toBe(409);
    const perms = (await admin.get('/api/v1/permissions')).body.items.map((x: { key: string }) => x.key);
    expect(perms).toContain('platform.users.manage');
  });

  it('an admin cannot disable themself', async () => {
    const me = (await admin.get('/api/v1/me')).body;
    expect((await admin.post(`/api/v1/users/${me.user.id}/disable`)).status).toBe(409);
  });
});
