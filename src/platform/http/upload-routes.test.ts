import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { isUploadRoute } from './upload-routes.ts';

describe('file uploads get their own body limit', () => {
  let ctx: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    // The test app allows 64 KiB bodies and 1 MiB uploads.
    ctx = await createTestApp('sqlite');
    ({ admin } = await setupAdmin(ctx.app));
  });
  afterAll(async () => ctx.close());

  const post = (path: string, body: string) =>
    ctx.app.request(path, {
      method: 'POST',
      body,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    });
  const statement = (bytes: number) =>
    JSON.stringify({ bankAccountId: randomUUID(), fileName: 'big.csv', contentBase64: Buffer.alloc(bytes, 'date,amount\n').toString('base64') });

  it('knows the routes declared with upload: true, parameters included, and no others', () => {
    expect(isUploadRoute('POST', '/api/v1/banking/imports/preview')).toBe(true);
    expect(isUploadRoute('POST', `/api/v1/budgets/${randomUUID()}/import`)).toBe(true);
    expect(isUploadRoute('POST', '/api/v1/people/employees/import')).toBe(true);
    expect(isUploadRoute('GET', '/api/v1/banking/imports/preview')).toBe(false);
    expect(isUploadRoute('POST', '/api/v1/roles')).toBe(false);
    expect(isUploadRoute('POST', '/api/v1/banking/imports/preview/x')).toBe(false);
  });

  it('lets a statement file past the ordinary limit reach the route', async () => {
    const body = statement(300_000);
    expect(body.length).toBeGreaterThan(65_536);
    const res = await post('/api/v1/banking/imports/preview', body);
    expect(res.status).not.toBe(413);
    expect((await res.json()).error.code).toBe('NOT_FOUND'); // the bank account does not exist: the route read the body
  });

  it('still refuses an ordinary route that size, and an upload over the upload limit, naming the limit', async () => {
    const ordinary = await post('/api/v1/roles', JSON.stringify({ key: 'x', name: 'y'.repeat(300_000), permissions: [] }));
    expect(ordinary.status).toBe(413);
    expect((await ordinary.json()).error.details).toEqual({ maxBytes: 65_536 });
    const huge = await post('/api/v1/banking/imports/preview', statement(900_000));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.details).toEqual({ maxBytes: 1_048_576 });
  });
});
