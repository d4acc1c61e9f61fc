import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';

describe.each(DIALECTS)('concurrent post-new over HTTP (group commit) on %s', (dialect) => {
  let ctx: TestApp;
  let finance: Browser;
  const acc = new Map<string, string>();
  let gen: string;
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    const { admin } = await setupAdmin(ctx.app);
    ({ browser: finance } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance']));
    await admin.post('/api/v1/ledger/chart/install-default');
    for (const a of (await finance.get('/api/v1/ledger/accounts?pageSize=200')).body.items) acc.set(a.code, a.id);
    gen = (await finance.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'GEN').id;
  });
  afterAll(async () => ctx.close());

  const entry = (i: number, credit = `${i + 1}.00`) => ({
    journalId: gen,
    date: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    lines: [
      { accountId: acc.get('5300'), debit: `${i + 1}.00` },
      { accountId: acc.get('1130'), credit },
    ],
  });
  const post = (body: unknown, key?: string) => finance.request('POST', '/api/v1/ledger/entries/post-new', body, key ? { 'idempotency-key': key } : {});

  it('answers each request on its own; accepted entries exist once, numbered without gaps, and verify', async () => {
    const sent = Array.from({ length: 24 }, (_, i) => {
      if (i % 5 === 2) return { want: 'UNBALANCED', res: post(entry(i, '0.01')) };
      if (i % 5 === 4) return { want: 'VALIDATION', res: post({ ...entry(i), journalId: '01900000-0000-7000-8000-000000000000' }) };
      return { want: 201, res: post(entry(i)) };
    });
    const dup = [post(entry(50), 'http-group-key-1'), post(entry(50), 'http-group-key-1')];
    const mis = [post(entry(51), 'http-group-key-2'), post(entry(52), 'http-group-key-2')];
    const answers = await Promise.all(sent.map((s) => s.res));
    expect(answers.map((a) => (a.status < 300 ? a.status : a.body.error.code))).toEqual(sent.map((s) => s.want));
    // which of two requests with one key comes first is the server's choice; the other replays or is refused
    const [d1, d2] = await Promise.all(dup);
    expect([d1.status, d2.status].sort()).toEqual([200, 201]);
    expect(d2.body.id).toBe(d1.body.id);
    const [m1, m2] = await Promise.all(mis);
    expect([m1.status, m2.status].sort()).toEqual([201, 409]);
    const created = [...answers, d1, d2, m1, m2].filter((a) => a.status === 201);
    const numbers = created.map((a) => Number(a.body.number.split('/')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: created.length }, (_, i) => i + 1));
    const listed = await finance.get('/api/v1/ledger/entries?pageSize=100');
    expect(listed.body.total).toBe(created.length);
    const verify = await finance.get('/api/v1/ledger/verify');
    expect(verify.body.failures).toEqual([]);
    // a retry after the group committed is a replay, still one entry
    const again = await post(entry(50), 'http-group-key-1');
    expect([again.status, again.body.id]).toEqual([200, d1.body.id]);
  });
});
