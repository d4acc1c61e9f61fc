import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, createTestApp, setupAdmin, type TestApp } from '../../../../test/app-fixture.ts';
import { DIALECTS } from '../../../../test/dialects.ts';
import { allModules } from '../../../modules.ts';
import { cliActor } from '../../../platform/auth/actor.ts';
import { jobHandlersOf, startJobWorker } from '../../../platform/jobs/index.ts';
import { installDefaultChart } from '../install-default-chart.ts';

const CSV = [
  'entry_key,date,journal,memo,reference,account,debit,credit,currency,base_amount,rate,line_memo',
  ...Array.from({ length: 30 }, (_, i) => [
    `K${i},2026-01-${String((i % 28) + 1).padStart(2, '0')},GEN,Sale ${i},,1130,${i + 1}.00,,,,,`,
    `K${i},,,,,4100,,${i + 1}.00,,,,`,
  ]).flat(),
].join('\n');

describe.each(DIALECTS)('import jobs over HTTP on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  const runJobs = () => startJobWorker({ db: ctx.p.db, clock: ctx.clock, handlers: jobHandlersOf(allModules, ctx.p), pollMs: 10, autoStart: false }).runOnce();
  const upload = async (text: string, chunk = 700) => {
    const opened = await admin.post('/api/v1/ledger/imports', { format: 'csv', fileName: 'sales.csv' });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; at += chunk) {
      const r = await admin.post(`/api/v1/ledger/imports/${id}/chunks`, { offset: at, text: bytes.subarray(at, at + chunk).toString() });
      expect(r.status).toBe(200);
    }
    return id;
  };
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
    const companyId = (await admin.get('/api/v1/me')).body.companies[0].id;
    await installDefaultChart(ctx.p.forCompany(companyId), { actor: cliActor(companyId, ['ledger.admin']), clock: ctx.clock });
  });
  afterAll(async () => ctx.close());

  it('uploads in chunks, runs as a job and reports progress; a wrong offset is a conflict naming the size', async () => {
    const id = await upload(CSV);
    const wrong = await admin.post(`/api/v1/ledger/imports/${id}/chunks`, { offset: 3, text: 'x' });
    expect(wrong).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT', details: { bytes: Buffer.byteLength(CSV) } } } });
    const started = await admin.post(`/api/v1/ledger/imports/${id}/start`);
    expect(started).toMatchObject({ status: 202, body: { status: 'queued' } });
    expect((await admin.post(`/api/v1/ledger/imports/${id}/chunks`, { offset: Buffer.byteLength(CSV), text: 'x' })).status).toBe(409);
    expect(await runJobs()).toBe(1);
    const done = await admin.get(`/api/v1/ledger/imports/${id}`);
    expect(done.body).toMatchObject({ status: 'done', rowsRead: 61, entriesTotal: 30, entriesPosted: 30, errorCount: 0, errors: [] });
    const tb = await admin.get('/api/v1/ledger/trial-balance?asOf=2026-01-31');
    expect(tb.body.rows.find((r: { code: string }) => r.code === '4100').balance).toBe('-465.00');
  });

  it('a bad file fails the import with its errors and posts nothing', async () => {
    const id = await upload(`${CSV}\nBAD,2026-01-05,GEN,,,1130,1.00,,,,,\nBAD,,,,,9999,,2.00,,,,`);
    await admin.post(`/api/v1/ledger/imports/${id}/start`);
    await runJobs();
    const r = await admin.get(`/api/v1/ledger/imports/${id}`);
    expect(r.body).toMatchObject({ status: 'failed', entriesPosted: 0, errorCount: 1, errors: [{ row: 63, column: 'account', reason: 'no account 9999' }] });
  });
});
