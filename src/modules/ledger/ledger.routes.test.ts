import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';

describe.each(DIALECTS)('ledger routes on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  let finance: Browser;
  let analyst: Browser;
  const acc = new Map<string, string>();
  let gen: string;
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
    ({ browser: finance } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance']));
    ({ browser: analyst } = await addUser(ctx.app, admin, 'ana@acme.test', ['analyst']));
  });
  afterAll(async () => ctx.close());
  const line = (code: string, side: 'debit' | 'credit', amount: string) => ({ accountId: acc.get(code), [side]: amount });

  it('installs the default chart (admin only) and shows it as a tree', async () => {
    expect((await finance.post('/api/v1/ledger/chart/install-default')).status).toBe(403);
    const installed = await admin.post('/api/v1/ledger/chart/install-default');
    expect(installed.status).toBe(201);
    expect(installed.body.accounts).toBeGreaterThanOrEqual(40);
    expect((await admin.post('/api/v1/ledger/chart/install-default')).status).toBe(409);
    const tree = (await analyst.get('/api/v1/ledger/accounts/tree')).body.items;
    expect(tree.map((n: { code: string }) => n.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(tree[0].children[0].nameAr).toBe('الأصول المتداولة');
    const all = await analyst.get('/api/v1/ledger/accounts?pageSize=200');
    for (const a of all.body.items) acc.set(a.code, a.id);
    gen = (await analyst.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'GEN').id;
    expect((await analyst.get('/api/v1/ledger/accounts?q=bank&postable=true')).body.items.map((a: { code: string }) => a.code)).toEqual([
      '1130',
      '1140',
      '5700',
    ]);
  });

  it('posts through the API with amounts as decimal strings; refuses naming the line', async () => {
    const body = { journalId: gen, date: '2026-02-10', memo: 'Office rent', lines: [line('5300', 'debit', '4500.00'), line('2110', 'credit', '4500.00')] };
    const posted = await finance.post('/api/v1/ledger/entries/post-new', body);
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      number: 'GEN/2026/000001',
      lines: [
        { amount: '4500.00', debit: '4500.00' },
        { amount: '-4500.00', credit: '4500.00' },
      ],
    });
    const grouping = await finance.post('/api/v1/ledger/entries/post-new', {
      ...body,
      lines: [line('5300', 'debit', '1'), line('2', 'credit', '1'), line('1130', 'credit', '1.001')],
    });
    expect(grouping.status).toBe(400);
    expect(grouping.body.error.details.map((d: { path: string }) => d.path)).toEqual(['lines.2.credit']);
    const wrongAccount = await finance.post('/api/v1/ledger/entries/post-new', { ...body, lines: [line('5300', 'debit', '1'), line('2', 'credit', '1')] });
    expect(wrongAccount.body.error.details).toEqual([
      { path: 'lines.1.accountId', code: 'ledger.account_grouping', params: { account: '2' }, message: 'Account 2 groups other accounts; post to one of them' },
    ]);
    const both = await finance.post('/api/v1/ledger/entries/post-new', {
      ...body,
      lines: [{ accountId: acc.get('5300'), debit: '1', credit: '1' }, line('1130', 'credit', '1')],
    });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].path).toBe('lines.0');
    const unbalanced = await finance.post('/api/v1/ledger/entries/post-new', { ...body, lines: [line('5300', 'debit', '10'), line('1130', 'credit', '9.99')] });
    expect(unbalanced.status).toBe(422);
    expect(unbalanced.body.error).toMatchObject({ code: 'UNBALANCED', details: [{ currency: 'SAR', difference: '0.01' }] });
    const injected = await finance.post('/api/v1/ledger/entries/post-new', { ...body, status: 'posted', number: 'GEN/2026/999999' });
    expect(injected.status).toBe(400);
  });

  it('answers a retry with the same Idempotency-Key with the first entry, and 409 for another body', async () => {
    const body = { journalId: gen, date: '2026-02-11', lines: [line('5400', 'debit', '80.25'), line('1130', 'credit', '80.25')] };
    const headers = { 'idempotency-key': 'retry-abc-123' };
    const first = await finance.request('POST', '/api/v1/ledger/entries/post-new', body, headers);
    const second = await finance.request('POST', '/api/v1/ledger/entries/post-new', body, headers);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.id).toBe(first.body.id);
    const other = await finance.request('POST', '/api/v1/ledger/entries/post-new', { ...body, memo: 'x' }, headers);
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('IDEMPOTENCY_MISMATCH');
  });

  it('drafts: write edits, post posts, analysts only read; trial balance and verify from the API', async () => {
    const draft = await finance.post('/api/v1/ledger/entries', { journalId: gen, date: '2026-02-12', lines: [line('5600', 'debit', '12')] });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    expect((await analyst.patch(`/api/v1/ledger/entries/${draft.body.id}`, { memo: 'x' })).status).toBe(403);
    const lonely = await finance.post(`/api/v1/ledger/entries/${draft.body.id}/post`);
    expect(lonely.body.error.details).toEqual([{ path: 'lines', code: 'ledger.entry_two_lines', message: 'An entry needs at least two lines' }]);
    await finance.patch(`/api/v1/ledger/entries/${draft.body.id}`, { lines: [line('5600', 'debit', '12'), line('1110', 'credit', '12')] });
    const posted = await finance.post(`/api/v1/ledger/entries/${draft.body.id}/post`);
    expect(posted.body.number).toBe('GEN/2026/000003');
    expect((await finance.delete(`/api/v1/ledger/entries/${draft.body.id}`)).status).toBe(409);
    const reversed = await finance.post(`/api/v1/ledger/entries/${draft.body.id}/reverse`, { date: '2026-02-13' });
    expect(reversed.status).toBe(201);
    expect((await finance.post(`/api/v1/ledger/entries/${draft.body.id}/reverse`, {})).status).toBe(409);
    const list = await analyst.get(`/api/v1/ledger/entries?status=posted&accountId=${acc.get('5600')}`);
    expect(list.body.total).toBe(2);
    const tb = await analyst.get('/api/v1/ledger/trial-balance?asOf=2026-02-28');
    expect(tb.body.totals).toEqual([{ currency: 'SAR', balance: '0.00' }]);
    expect(tb.body.rows.find((r: { code: string }) => r.code === '2110').balance).toBe('-4500.00');
    expect((await analyst.get('/api/v1/ledger/verify')).body).toMatchObject({ ok: true, entriesChecked: 4 });
    expect((await analyst.get('/api/v1/ledger/trial-balance?asOf=2026-02-30')).status).toBe(400);
  });

  it('periods: finance closes, only admin reopens or moves the lock date back', async () => {
    const feb = (await finance.get('/api/v1/ledger/periods?fiscalYear=2026')).body.items[1];
    expect(feb.startDate).toBe('2026-02-01');
    const closing = await finance.post(`/api/v1/ledger/periods/${feb.id}/close`);
    expect(closing.body, JSON.stringify(closing.body)).toMatchObject({ status: 'closed' });
    const refused = await finance.post('/api/v1/ledger/entries/post-new', {
      journalId: gen,
      date: '2026-02-20',
      lines: [line('5400', 'debit', '1'), line('1130', 'credit', '1')],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PERIOD_LOCKED');
    // The reason as a code and params for clients that translate it; the English stays the message.
    expect(refused.body.error.details).toMatchObject({ code: 'ledger.period_closed', params: { start: '2026-02-01', end: '2026-02-28' } });
    expect(refused.body.error.message).toBe('The period 2026-02-01 – 2026-02-28 is closed');
    expect((await finance.post(`/api/v1/ledger/periods/${feb.id}/reopen`)).status).toBe(403);
    expect((await admin.post(`/api/v1/ledger/periods/${feb.id}/reopen`)).body.status).toBe('open');
    expect((await finance.request('PUT', '/api/v1/ledger/lock-date', { lockDate: '2026-01-31' })).status).toBe(200);
    expect((await finance.request('PUT', '/api/v1/ledger/lock-date', { lockDate: null })).status).toBe(403);
    expect((await admin.request('PUT', '/api/v1/ledger/lock-date', { lockDate: null })).body).toEqual({ lockDate: null });
    const events = await admin.get('/api/v1/audit?action=ledger.period.reopened');
    expect(events.body.total).toBe(1);
  });

  it('exports the chart as CSV and imports it back, all rows or none', async () => {
    const res = await ctx.app.request('/api/v1/ledger/chart/export', { headers: { cookie: analyst.cookie } });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    expect(csv.split('\r\n')[0]).toBe('code,parent_code,type,subtype,postable,currency,active,name_en,name_ar');
    expect(csv).toContain('1130,11,asset,bank,true,,true,Bank - current account,البنك - الحساب الجاري');
    const same = await admin.post('/api/v1/ledger/chart/import', { csv });
    expect(same.body).toMatchObject({ created: 0, updated: 0 });
    const added = `${csv}6100,61,expense,other,true,,true,Training,التدريب\r\n61,5,expense,other,false,,true,People,الموظفون\r\n`;
    expect((await admin.post('/api/v1/ledger/chart/import', { csv: added })).body).toMatchObject({ created: 2, updated: 0 });
    const bad = await admin.post('/api/v1/ledger/chart/import', {
      csv: `${csv}7000,,asset,payable,true,,true,Bad,سيئ\r\n7001,nope,expense,other,true,,true,Orphan,يتيم\r\n1130,11,liability,other,true,,true,Bank,بنك\r\n`,
    });
    expect(bad.status).toBe(400);
    const next = csv.split('\r\n').length; // the line number of the first appended row
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      `rows.${next}.subtype`,
      `rows.${next + 1}.parent_code`,
      `rows.${next + 2}.type`,
    ]);
    expect((await admin.get('/api/v1/ledger/accounts?q=7000')).body.total).toBe(0);
  });

  it('archives an account only when its balance is zero', async () => {
    expect((await admin.post(`/api/v1/ledger/accounts/${acc.get('2110')}/archive`)).status).toBe(409);
    const unused = await admin.post(`/api/v1/ledger/accounts/${acc.get('5920')}/archive`);
    expect(unused.body.active).toBe(false);
    const onArchived = await finance.post('/api/v1/ledger/entries/post-new', {
      journalId: gen,
      date: '2026-03-01',
      lines: [line('5920', 'debit', '1'), line('1130', 'credit', '1')],
    });
    expect(onArchived.body.error.details).toEqual([
      { path: 'lines.0.accountId', code: 'ledger.account_archived', params: { account: '5920' }, message: 'Account 5920 is archived' },
    ]);
    const created = await admin.post('/api/v1/ledger/accounts', {
      code: '1150',
      nameEn: 'Bank - USD',
      nameAr: 'البنك - دولار',
      type: 'asset',
      subtype: 'bank',
      parentId: acc.get('11'),
      currency: 'USD',
    });
    expect(created.status).toBe(201);
    expect((await admin.post('/api/v1/ledger/accounts', { code: '1150', nameEn: 'Again', nameAr: 'مرة', type: 'asset' })).status).toBe(409);
    const loop = await admin.patch(`/api/v1/ledger/accounts/${acc.get('1')}`, { parentId: acc.get('11') });
    expect(loop.body.error.details.map((d: { path: string }) => d.path)).toContain('parentId');
  });
});
