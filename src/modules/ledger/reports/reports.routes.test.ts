import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../../test/app-fixture.ts';
import { DIALECTS } from '../../../../test/dialects.ts';

describe.each(DIALECTS)('ledger report routes on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  let analyst: Browser;
  let employee: Browser;
  const acc = new Map<string, string>();
  const R = '/api/v1/ledger/reports';
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
    ({ browser: analyst } = await addUser(ctx.app, admin, 'ana@acme.test', ['analyst']));
    ({ browser: employee } = await addUser(ctx.app, admin, 'emp@acme.test', ['employee']));
    await admin.post('/api/v1/ledger/chart/install-default');
    for (const a of (await admin.get('/api/v1/ledger/accounts?pageSize=200')).body.items) acc.set(a.code, a.id);
    const cash = (
      await admin.post('/api/v1/ledger/accounts', { code: '1190', nameEn: '=HYPERLINK("http://x")', nameAr: 'صندوق', type: 'asset', parentId: acc.get('11') })
    ).body;
    acc.set('1190', cash.id);
    const gen = (await admin.get('/api/v1/ledger/journals')).body.items.find((j: { code: string }) => j.code === 'GEN').id;
    const post = async (date: string, debit: string, credit: string, amount: string, extra: Record<string, unknown> = {}) => {
      const res = await admin.post('/api/v1/ledger/entries/post-new', {
        journalId: gen,
        date,
        lines: [
          { accountId: acc.get(debit), debit: amount },
          { accountId: acc.get(credit), credit: amount },
        ],
        ...extra,
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    };
    await post('2025-03-10', '1130', '3100', '50000.00', { reference: 'capital' });
    await post('2026-01-05', '1190', '4100', '1200.50');
    await post('2026-01-20', '5300', '1130', '4500.00');
    await post('2026-02-03', '1130', '4100', '999.99');
    await post('2026-02-17', '1900', '1130', '10.00');
  });
  afterAll(async () => ctx.close());

  it('declares ledger.read on every report route in the OpenAPI document', async () => {
    const doc = (await admin.get('/api/openapi.json')).body;
    const ops = Object.entries(doc.paths as Record<string, Record<string, { 'x-permission': string }>>).filter(([path]) => path.includes('/ledger/reports/'));
    expect(ops.length).toBe(11);
    for (const [, methods] of ops) expect(methods.get['x-permission']).toBe('ledger.read');
  });

  it('answers readers, refuses others (403) and names bad input (400)', async () => {
    const paths = [
      `${R}/trial-balance?to=2026-02-28`,
      `${R}/register?accountId=${acc.get('1130')}`,
      `${R}/lines?accountId=${acc.get('1')}`,
      `${R}/income-statement?from=2026-01-01&to=2026-02-28`,
      `${R}/balance-sheet?asOf=2026-02-28`,
      `${R}/monthly-trend?to=2026-02`,
      `${R}/account-checks?asOf=2026-02-28`,
      `${R}/trial-balance/export?to=2026-02-28`,
    ];
    for (const path of paths) {
      expect((await analyst.get(path)).status, path).toBe(200);
      expect((await employee.get(path)).status, path).toBe(403);
    }
    const bad = await analyst.get(`${R}/trial-balance?to=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('to');
    expect((await analyst.get(`${R}/register?accountId=${acc.get('1130')}&cursor=nonsense`)).body.error.details).toEqual([
      { path: 'cursor', message: 'Not a cursor this endpoint gave' },
    ]);
    expect((await analyst.get(`${R}/register?accountId=${acc.get('1130')}&pageSize=501`)).status).toBe(400);
    expect((await analyst.get(`${R}/income-statement?from=2026-03-01&to=2026-02-01`)).status).toBe(400);
    expect((await analyst.get(`${R}/monthly-trend?to=2026-13`)).status).toBe(400);
    expect((await analyst.get(`${R}/lines?accountId=01a00000-0000-7000-8000-000000000000`)).status).toBe(404);
  });

  it('rolls the tree up in the trial balance and drills down to the same lines', async () => {
    const tb = (await analyst.get(`${R}/trial-balance?from=2026-01-01&to=2026-02-28`)).body;
    const bank = tb.rows.find((r: { code: string }) => r.code === '1130');
    expect(bank).toMatchObject({ opening: '50000.00', movement: '-3510.01', closing: '46489.99', path: 'Assets:Current assets:Bank - current account' });
    const assets = tb.rows.find((r: { code: string }) => r.code === '1');
    expect(assets).toMatchObject({ group: true, depth: 0, closing: '47700.49' });
    expect(tb.totals).toEqual([{ currency: 'SAR', opening: '0.00', movement: '0.00', closing: '0.00' }]);
    const d = bank.drill;
    const lines = (await analyst.get(`${R}/lines?accountId=${d.accountId}&currency=${d.currency}&from=${d.from}&to=${d.to}&pageSize=2`)).body;
    expect(lines.items.map((l: { amount: string }) => l.amount)).toEqual(['-4500.00', '999.99']);
    const next = (await analyst.get(`${R}/lines?accountId=${d.accountId}&from=${d.from}&to=${d.to}&pageSize=2&cursor=${lines.nextCursor}`)).body;
    expect(next).toMatchObject({ items: [{ amount: '-10.00', credit: '10.00' }], nextCursor: null });
  });

  it('pages the register with a running balance that starts from the kept balances', async () => {
    const first = (await analyst.get(`${R}/register?accountId=${acc.get('1130')}&currency=SAR&pageSize=2`)).body;
    expect(first.items.map((i: { balance: string }) => i.balance)).toEqual(['50000.00', '45500.00']);
    const second = (await analyst.get(`${R}/register?accountId=${acc.get('1130')}&currency=SAR&pageSize=2&cursor=${first.nextCursor}`)).body;
    expect(second.opening.balance).toBe('45500.00');
    expect(second.items.map((i: { balance: string }) => i.balance)).toEqual(['46499.99', '46489.99']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows current-year earnings in equity so the balance sheet balances, with comparisons', async () => {
    const bs = (await analyst.get(`${R}/balance-sheet?asOf=2026-02-28`)).body;
    expect(bs.columns.map((c: { asOf: string }) => c.asOf)).toEqual(['2026-02-28', '2026-01-31', '2025-02-28']);
    const equity = bs.sections.find((s: { type: string }) => s.type === 'equity');
    expect(equity.rows.find((r: { kind: string }) => r.kind === 'current_year_earnings').amounts).toEqual(['-2299.51', '-3299.50', '0.00']);
    expect(bs.difference).toEqual(['0.00', '0.00', '0.00']);
    const is = (await analyst.get(`${R}/income-statement?from=2026-02-01&to=2026-02-28`)).body;
    expect(is.columns.map((c: { from: string }) => c.from)).toEqual(['2026-02-01', '2026-01-01', '2025-02-01']);
    expect(is.netIncome).toEqual(['999.99', '-3299.50', '0.00']);
  });

  it('lists what needs attention, each item linking to its lines', async () => {
    const checks = (await analyst.get(`${R}/account-checks?asOf=2026-02-28&largeAmount=1000`)).body.items;
    expect(checks.map((i: { kind: string }) => i.kind).sort()).toEqual(['large_without_reference', 'large_without_reference', 'suspense_not_zero']);
    expect(checks.find((i: { kind: string }) => i.kind === 'suspense_not_zero').drill).toEqual({
      accountId: acc.get('1900'),
      currency: 'SAR',
      from: null,
      to: '2026-02-28',
    });
  });

  it('exports CSV with decimal strings, Arabic headers and formula-safe names, and records each export', async () => {
    const res = await analyst.request('GET', `${R}/trial-balance/export?to=2026-02-28&lang=ar`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const raw = await ctx.app.request(`${R}/trial-balance/export?to=2026-02-28`, { headers: { cookie: analyst.cookie } });
    const text = await raw.text();
    expect(text.split('\r\n')[0]).toBe('Code,Account,Currency,Balance,Balance (in SAR)');
    expect(text).toContain(`\r\n1190,"'=HYPERLINK(""http://x"")",SAR,1200.50,1200.50\r\n`);
    const ar = await (await ctx.app.request(`${R}/trial-balance/export?to=2026-02-28&lang=ar`, { headers: { cookie: analyst.cookie } })).text();
    expect(ar.replace('\ufeff', '').split('\r\n')[0]).toBe('الرمز,الحساب,العملة,الرصيد,الرصيد (بـSAR)');
    const events = await ctx.t.db.selectFrom('audit_event').select(['action', 'summary']).where('action', '=', 'ledger.report.exported').execute();
    expect(events.length).toBeGreaterThanOrEqual(3);
  });

  it('exports XLSX with amounts as numbers in the currency format', async () => {
    const res = await ctx.app.request(`${R}/income-statement/export?from=2026-01-01&to=2026-02-28&format=xlsx`, { headers: { cookie: analyst.cookie } });
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows[0]).toEqual(['Income statement']);
    const net = ws.getRow(ws.rowCount);
    expect(net.getCell(2).value).toBe('Net income');
    expect(net.getCell(3).value).toBe(-2299.51);
    expect(net.getCell(3).numFmt).toBe('#,##0.00;-#,##0.00');
  });
});
