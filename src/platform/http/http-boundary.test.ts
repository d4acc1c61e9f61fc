import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { isUploadRoute } from './upload-routes.ts';

describe('the HTTP boundary', () => {
  let ctx: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    ctx = await createTestApp('sqlite');
    ({ admin } = await setupAdmin(ctx.app));
  });
  afterAll(async () => ctx.close());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    ctx.app.request(path, {
      method: 'POST',
      body,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json', ...headers },
    });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await post('/api/v1/roles', '{"key": ');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('MALFORMED_JSON');
  });

  it('answers an oversize body with 413', async () => {
    const res = await post('/api/v1/roles', JSON.stringify({ key: 'x', name: 'y'.repeat(100_000), permissions: [] }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body that is not JSON (415)', async () => {
    const res = await post('/api/v1/roles', 'key=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
  });

  it('rejects unknown fields and mass assignment, naming the field, and changes nothing', async () => {
    const before = await ctx.t.db.selectFrom('role').select('id').execute();
    const res = await admin.post('/api/v1/roles', { key: 'auditor', name: 'Auditor', permissions: [], system: true, company_id: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(JSON.stringify(res.body.error.details)).toMatch(/system|company_id/);
    expect((await ctx.t.db.selectFrom('role').select('id').execute()).length).toBe(before.length);
  });

  it('keeps __proto__ bodies inert', async () => {
    const res = await post('/api/v1/roles', '{"key":"proto","name":"P","permissions":[],"__proto__":{"isAdmin":true}}');
    expect([201, 400]).toContain(res.status);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('names the field of a validation error', async () => {
    const res = await admin.post('/api/v1/users', { email: 'not-an-email', displayName: '', locale: 'fr' });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['displayName', 'email', 'locale']);
  });

  it('caps page sizes', async () => {
    expect((await admin.get('/api/v1/users?pageSize=100000')).status).toBe(400);
    expect((await admin.get('/api/v1/users?pageSize=200')).status).toBe(200);
  });

  it('sends security headers and no-store on the API', async () => {
    const res = await ctx.app.request('/api/v1/setup');
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has health and readiness endpoints and an OpenAPI 3.1 document with docs', async () => {
    expect(await (await ctx.app.request('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await ctx.app.request('/readyz')).json()).toEqual({ status: 'ok' });
    const doc = await (await ctx.app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.description).toContain('PERIOD_LOCKED');
    expect((await ctx.app.request('/api/docs')).status).toBe(200);
    expect((await ctx.app.request('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    expect((await ctx.app.request('/api/v1/nothing-here')).status).toBe(404);
  });

  it('never answers 5xx to arbitrary JSON bodies (fuzz)', async () => {
    const targets = ['/api/v1/roles', '/api/v1/users', '/api/v1/auth/login', '/api/v1/me/tokens', '/api/v1/companies', '/api/v1/setup'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.jsonValue(), async (path, body) => {
        const res = await ctx.app.request(path, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        });
        return res.status < 500;
      }),
      { numRuns: 150 },
    );
  });

  it('uses the first of repeated query keys or refuses them, never crashing', async () => {
    const res = await admin.get('/api/v1/users?page=1&page=2&pageSize=5&pageSize=500');
    expect(res.status).toBeLessThan(500);
  });

  // The test app allows 64 KiB bodies and 1 MiB uploads.
  const statement = (bytes: number) =>
    JSON.stringify({ bankAccountId: randomUUID(), fileName: 'big.csv', contentBase64: Buffer.alloc(bytes, 'date,amount\n').toString('base64') });

  it('upload routes: knows the routes declared with upload: true, parameters included, and no others', () => {
    expect(isUploadRoute('POST', '/api/v1/banking/imports/preview')).toBe(true);
    expect(isUploadRoute('POST', `/api/v1/budgets/${randomUUID()}/import`)).toBe(true);
    expect(isUploadRoute('POST', '/api/v1/people/employees/import')).toBe(true);
    expect(isUploadRoute('GET', '/api/v1/banking/imports/preview')).toBe(false);
    expect(isUploadRoute('POST', '/api/v1/roles')).toBe(false);
    expect(isUploadRoute('POST', '/api/v1/banking/imports/preview/x')).toBe(false);
  });

  it('upload routes: let a statement file past the ordinary limit reach the route', async () => {
    const body = statement(300_000);
    expect(body.length).toBeGreaterThan(65_536);
    const res = await post('/api/v1/banking/imports/preview', body);
    expect(res.status).not.toBe(413);
    expect((await res.json()).error.code).toBe('NOT_FOUND'); // the bank account does not exist: the route read the body
  });

  it('upload routes: an ordinary route still refuses that size, and an upload over the upload limit, naming the limit', async () => {
    const ordinary = await post('/api/v1/roles', JSON.stringify({ key: 'x', name: 'y'.repeat(300_000), permissions: [] }));
    expect(ordinary.status).toBe(413);
    expect((await ordinary.json()).error.details).toEqual({ maxBytes: 65_536 });
    const huge = await post('/api/v1/banking/imports/preview', statement(900_000));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.details).toEqual({ maxBytes: 1_048_576 });
  });
});
