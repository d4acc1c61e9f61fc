import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type Browser, createTestApp, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { createDraft } from './create-draft.ts';
import { importExchangeRates } from './import-exchange-rates.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { postNewEntry } from './post-new-entry.ts';
import { setExchangeRate } from './set-exchange-rate.ts';
import { updateDraft } from './update-draft.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('exchange rates on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
  });
  afterAll(async () => f.close());

  const usd = (date: string, extra: Record<string, string> = {}) => {
    const e = f.entry(date, [
      ['1130', '100.00'],
      ['4100', '-100.00'],
    ]);
    return { ...e, lines: e.lines.map((l) => ({ ...l, currency: 'USD', ...extra })) };
  };

  it('refuses a foreign line with no rate in force, naming the line and the date', async () => {
    await expect(postNewEntry(f.db, f.call, usd('2026-01-15'))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [
        { path: 'lines.0.rate', message: expect.stringContaining('No exchange rate for USD on or before 2026-01-15') },
        { path: 'lines.1.rate', message: expect.stringContaining('USD') },
      ],
    });
  });

  it('takes the latest rate on or before the entry date; a given rate or base amount wins', async () => {
    await setExchangeRate(f.db, f.call, { currency: 'USD', date: '2026-01-01', rate: '3.75' });
    await setExchangeRate(f.db, f.call, { currency: 'USD', date: '2026-02-01', rate: '3.7512' });
    const jan = await postNewEntry(f.db, f.call, usd('2026-01-31'));
    expect(jan.entry.lines.map((l) => [l.rate, l.baseAmount])).toEqual([
      ['3.75', '375.00'],
      ['3.75', '-375.00'],
    ]);
    const feb = await postNewEntry(f.db, f.call, usd('2026-02-10'));
    expect(feb.entry.lines[0]).toMatchObject({ rate: '3.7512', baseAmount: '375.12' });
    const given = await postNewEntry(f.db, f.call, usd('2026-02-10', { rate: '4' }));
    expect(given.entry.lines[0]).toMatchObject({ rate: '4', baseAmount: '400.00' });
    expect(await verifyLedger(f.db)).toMatchObject({ ok: true });
  });

  it("a draft's lines are rated on the draft's date, again when the lines change with the date", async () => {
    const draft = await createDraft(f.db, f.call, usd('2026-01-20'));
    expect(draft.lines[0].rate).toBe('3.75');
    const moved = await updateDraft(f.db, f.call, draft.id, { date: '2026-02-20', lines: usd('2026-02-20').lines });
    expect(moved.lines[0].rate).toBe('3.7512');
  });

  it('refuses the base currency and unknown codes; a second rate the same day replaces the first', async () => {
    await expect(setExchangeRate(f.db, f.call, { currency: 'SAR', date: '2026-01-01', rate: '1' })).rejects.toMatchObject({
      details: [{ path: 'currency' }],
    });
    await expect(setExchangeRate(f.db, f.call, { currency: 'XYZ', date: '2026-01-01', rate: '1' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await setExchangeRate(f.db, f.call, { currency: 'USD', date: '2026-01-01', rate: '3.76', source: 'SAMA' });
    const jan = await postNewEntry(f.db, f.call, usd('2026-01-02'));
    expect(jan.entry.lines[0].rate).toBe('3.76');
  });

  it('imports a CSV all or nothing, naming every bad row and column', async () => {
    const bad = 'currency,date,rate\nEUR,2026-01-01,4.1\nSAR,2026-01-01,1\nGBP,2026-02-30,4.7\nEUR,2026-01-01,4.2\nJPY,2026-01-01,0\n';
    const refused = await importExchangeRates(f.db, f.call, { csv: bad }).catch((e) => e);
    expect(refused.code).toBe('VALIDATION');
    expect(refused.details.map((d: { path: string }) => d.path)).toEqual(['row 3.currency', 'row 4.date', 'row 5.date', 'row 6.rate']);
    // Each reason carries its code and params, so the web can say it in Arabic.
    expect(refused.details[0]).toMatchObject({
      code: 'ledger.rate_of_base',
      params: { currency: 'SAR' },
      message: 'SAR is the base currency; its rate is always 1',
    });
    expect(refused.details[2]).toMatchObject({ code: 'ledger.rate_twice_in_file', params: { currency: 'EUR', date: '2026-01-01', row: 2 } });
    await expect(
      postNewEntry(f.db, f.call, { ...usd('2026-01-05'), lines: usd('2026-01-05').lines.map((l) => ({ ...l, currency: 'EUR' })) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const ok = await importExchangeRates(f.db, f.call, { csv: 'Currency,Date,Rate,Source\r\nEUR,2026-01-01,4.1,ECB\r\nGBP,2026-01-01,4.75,\r\n' });
    expect(ok).toEqual({ imported: 2, currencies: ['EUR', 'GBP'] });
    await expect(importExchangeRates(f.db, f.call, { csv: 'date,rate\n2026-01-01,1\n' })).rejects.toMatchObject({
      details: [{ message: 'no column currency', code: 'ledger.csv_no_column', params: { column: 'currency' } }],
    });
  });
});

describe.each(DIALECTS)('exchange-rate routes on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  let finance: Browser;
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
    ({ browser: finance } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance']));
  });
  afterAll(async () => ctx.close());

  it('admins enter and import rates; finance reads them', async () => {
    const rate = { currency: 'USD', date: '2026-03-01', rate: '3.75' };
    expect((await finance.request('PUT', '/api/v1/ledger/exchange-rates', rate)).status).toBe(403);
    expect((await admin.request('PUT', '/api/v1/ledger/exchange-rates', rate)).body).toMatchObject({ ...rate, source: 'manual' });
    expect((await admin.request('PUT', '/api/v1/ledger/exchange-rates', { ...rate, rate: '-1' })).status).toBe(400);
    const imported = await admin.post('/api/v1/ledger/exchange-rates/import', { csv: 'currency,date,rate\nEUR,2026-03-01,4.1\n' });
    expect(imported.body).toEqual({ imported: 1, currencies: ['EUR'] });
    expect((await finance.post('/api/v1/ledger/exchange-rates/import', { csv: 'currency,date,rate\n' })).status).toBe(403);
    const list = await finance.get('/api/v1/ledger/exchange-rates?currency=USD');
    expect(list.body.items.map((r: { rate: string }) => r.rate)).toEqual(['3.75']);
  });
});
