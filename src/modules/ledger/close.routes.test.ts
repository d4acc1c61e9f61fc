import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';

describe.each(DIALECTS)('period-close routes on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  let finance: Browser;
  let analyst: Browser;
  const acc = new Map<string, string>();
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
    ({ browser: finance } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance']));
    ({ browser: analyst } = await addUser(ctx.app, admin, 'ana@acme.test', ['analyst']));
    await admin.post('/api/v1/ledger/chart/install-default');
    for (const a of (await admin.get('/api/v1/ledger/accounts?pageSize=200')).body.items) acc.set(a.code, a.id);
  });
  afterAll(async () => ctx.close());

  it('reads the checklist with ledger.read, closes with ledger.close, refuses with the failing checks', async () => {
    const periods = (await finance.post('/api/v1/ledger/periods/years', { fiscalYear: 2026 })).body.items;
    const jan = periods[0].id;
    const gen = (await finance.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'GEN').id;
    const draft = await finance.post('/api/v1/ledger/entries', {
      journalId: gen,
      date: '2026-01-09',
      lines: [
        { accountId: acc.get('1110'), debit: '1.00' },
        { accountId: acc.get('4100'), credit: '1.00' },
      ],
    });
    expect(draft.status).toBe(201);
    const checks = await analyst.get(`/api/v1/ledger/periods/${jan}/close-checks`);
    expect(checks.status).toBe(200);
    // The ledger's three checks come first; other modules' period-close checks (banking) follow.
    expect(checks.body).toMatchObject({ ok: false, status: 'open' });
    expect(checks.body.checks.slice(0, 3)).toMatchObject([
      { key: 'ledger.no-drafts', ok: false, code: 'ledger.check_drafts', params: { drafts: 1 } },
      { key: 'ledger.trial-balance', ok: true, code: 'ledger.check_trial_balance' },
      { key: 'ledger.verify', ok: true, code: 'ledger.check_verify' },
    ]);
    expect(checks.body.checks.filter((c: { ok: boolean }) => !c.ok).map((c: { key: string }) => c.key)).toEqual(['ledger.no-drafts']);
    expect((await analyst.post(`/api/v1/ledger/periods/${jan}/close`)).status).toBe(403);
    const refused = await finance.post(`/api/v1/ledger/periods/${jan}/close`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'CONFLICT', details: { code: 'ledger.close_refused', checks: [{ key: 'ledger.no-drafts' }] } });
    expect((await finance.request('DELETE', `/api/v1/ledger/entries/${draft.body.id}`)).status).toBeLessThan(300);
    expect((await finance.post(`/api/v1/ledger/periods/${jan}/close`)).body).toMatchObject({ status: 'closed' });
    const log = (await analyst.get(`/api/v1/ledger/periods/${jan}/close-checks`)).body.signoffs;
    expect(log).toMatchObject([{ action: 'closed', by: 'fin@acme.test' }]);
    expect(log[0].checks.length).toBeGreaterThanOrEqual(3);
    expect(log[0].checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    expect((await finance.post(`/api/v1/ledger/periods/${jan}/reopen`)).status).toBe(403);
  });

  it('settings need ledger.admin; revaluation and year-end need ledger.close', async () => {
    expect((await finance.request('PATCH', '/api/v1/ledger/settings/close', { segregationOfDuties: true })).status).toBe(403);
    const set = await admin.request('PATCH', '/api/v1/ledger/settings/close', { fxGainAccountId: acc.get('4400'), fxLossAccountId: acc.get('5930') });
    expect(set.body).toMatchObject({ segregationOfDuties: false, fxGainAccountId: acc.get('4400') });
    expect((await admin.request('PATCH', '/api/v1/ledger/settings/close', { fxLossAccountId: acc.get('5') })).status).toBe(400);
    const feb = (await analyst.get('/api/v1/ledger/periods?fiscalYear=2026')).body.items[1].id;
    expect((await analyst.post(`/api/v1/ledger/periods/${feb}/revalue`, {})).status).toBe(403);
    expect((await finance.post(`/api/v1/ledger/periods/${feb}/revalue`, {})).body).toEqual({ entry: null });
    expect((await analyst.post('/api/v1/ledger/year-end', { fiscalYear: 2026 })).status).toBe(403);
    expect((await finance.post('/api/v1/ledger/year-end', { fiscalYear: 2026 })).body).toEqual({ entry: null });
  });
});
