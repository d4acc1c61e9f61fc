import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from './app-fixture.ts';
import { DIALECTS } from './dialects.ts';
import { type Operation, operations } from './openapi-operations.ts';

const fill = (path: string, id = '01a00000-0000-7000-8000-000000000000') => `/${path.replace(/^\//, '')}`.replace(/\{[^}]+\}/g, id);

describe.each(DIALECTS)('the permission walk on %s', (dialect) => {
  let ctx: TestApp;
  let employee: Browser;
  let ops: Operation[];
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    const { admin } = await setupAdmin(ctx.app);
    ({ browser: employee } = await addUser(ctx.app, admin, 'emp@acme.test', ['employee']));
    ops = await operations(ctx);
  });
  afterAll(async () => ctx.close());

  it('finds the platform operations, each declaring a permission', () => {
    expect(ops.length).toBeGreaterThan(30);
    const undeclared = ops.filter((o) => !o.permission);
    expect(undeclared).toEqual([]);
  });

  it('refuses every non-public operation without credentials (401)', async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => o.permission !== 'public')) {
      const res = await ctx.app.request(fill(op.path), {
        method: op.method,
        headers: { 'content-type': 'application/json' },
        body: op.method === 'GET' ? undefined : '{}',
      });
      if (res.status !== 401) wrong.push(`${op.method} ${op.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every permission-guarded operation to a user without that permission (403)', async () => {
    const me = (await employee.get('/api/v1/me')).body;
    const guarded = ops.filter((o) => !['public', 'authenticated'].includes(o.permission) && !me.permissions.includes(o.permission));
    expect(guarded.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const op of guarded) {
      const res = await employee.request(op.method, fill(op.path), op.method === 'GET' ? undefined : {});
      if (res.status !== 403) wrong.push(`${op.method} ${op.path} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(wrong).toEqual([]);
    const denials = await ctx.t.db.selectFrom('audit_event').select('summary').where('action', '=', 'auth.permission_denied').execute();
    expect(denials.length).toBe(guarded.length);
  });
});
