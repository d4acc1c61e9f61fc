import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { ADMIN, callApi, expectText, logIn, logOut, shot } from './helpers';
import { e2eUnavailable } from './server';
import { browserSuite } from './suite';

const unavailable = e2eUnavailable();

const EXPECTED = [
  /** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
  /status of 401 .*\/api\/v1\/me\)$/,
  /** The close the server refuses on purpose (a draft appeared after the checklist was loaded). */
  /status of 409 .*\/api\/v1\/ledger\/periods\/[0-9a-f-]+\/close\)$/,
];

const collapse = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** YYYY-MM-DD in Riyadh (the company's zone), and the first day of the month before. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(new Date());
const lastMonth = (() => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
})();

describe.skipIf(unavailable !== undefined)('ledger reports: statements, drill-down, trend, checks, period close, CSV import, Arabic', () => {
  let page: Page;
  const ids: Record<string, string> = {};
  let journalId = '';
  let periodId = '';

  const suite = browserSuite(['ledger-reports'], (pages) => {
    page = pages['ledger-reports'];
  });
  const { problems } = suite;

  it('installs the chart and posts a few entries through the API', async () => {
    await page.goto('/login');
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/');
    await callApi(page, 'POST', '/ledger/chart/install-default');
    for (const code of ['1130', '3100', '4100', '5300']) {
      const found = await callApi<{ items: { id: string; code: string }[] }>(page, 'GET', `/ledger/accounts?q=${code}&page=1&pageSize=20`);
      ids[code] = found.items.find((a) => a.code === code)?.id ?? '';
      expect(ids[code], code).not.toBe('');
    }
    const journals = await callApi<{ items: { id: string; code: string }[] }>(page, 'GET', '/ledger/journals');
    journalId = journals.items.find((j) => j.code === 'GEN')?.id ?? '';
    const post = (date: string, memo: string, debit: string, credit: string, amount: string) =>
      callApi(page, 'POST', '/ledger/entries/post-new', {
        journalId,
        date,
        memo,
        reference: memo.slice(0, 8),
        lines: [
          { accountId: ids[debit], debit: amount },
          { accountId: ids[credit], credit: amount },
        ],
      });
    await post(lastMonth, 'Capital paid in', '1130', '3100', '10000.00');
    await post(today, 'Sales for cash', '1130', '4100', '2500.00');
    await post(today, 'Office rent', '5300', '1130', '800.00');
  });

  it('shows the income statement with its comparison columns and drills down to the lines', async () => {
    await page.goto('/ledger');
    await page.getByTestId('ledger-reports').click();
    await page.waitForURL((url) => url.pathname === '/ledger/reports');
    await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), en.ledger.reports.title);
    await page.getByTestId('income-statement').waitFor();
    expect(await page.getByTestId('income-statement').locator('thead th').count()).toBe(4);
    expect(await collapse(page, 'net-income')).toContain('1,700.00');
    await shot(page, 'en-reports-01-income-statement');

    const sales = page.locator('[data-testid="statement-row"][data-code="4100"]');
    expect(await sales.textContent()).toContain('2,500.00');
    await sales.getByTestId('drill').first().click();
    await page.waitForURL((url) => url.pathname === '/ledger/reports/lines' && url.searchParams.get('accountId') === ids['4100']);
    await page.getByTestId('report-line').first().waitFor();
    expect(await page.getByTestId('report-line').count()).toBe(1);
    expect(await collapse(page, 'report-line')).toContain('2,500.00');
    await shot(page, 'en-reports-02-lines');
    await page.getByTestId('line-entry').click();
    await page.waitForURL((url) => /^\/ledger\/entries\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/ledger/reports');
  });

  it('shows a balanced balance sheet, the trend chart with its table, the register and a CSV download', async () => {
    await page.getByTestId('tab-balance').click();
    await page.getByTestId('balance-sheet').waitFor();
    await expectText(page.getByTestId('bs-status'), en.ledger.reports.balanced);
    expect(await collapse(page, 'total-asset')).toContain('11,700.00');
    await shot(page, 'en-reports-03-balance-sheet');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    expect((await download).suggestedFilename()).toBe(`balance-sheet-${today}.csv`);
    const xlsx = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    expect((await xlsx).suggestedFilename()).toBe(`balance-sheet-${today}.xlsx`);

    await page.getByTestId('tab-trend').click();
    await page.getByTestId('trend-chart').locator('.recharts-bar-rectangle path').first().waitFor();
    expect(await page.locator('[data-testid="trend-row"][data-code="4100"]').textContent()).toContain('2,500.00');
    await shot(page, 'en-reports-04-trend');

    await page.getByTestId('tab-trial').click();
    await page.getByTestId('trial-range').waitFor();
    const bank = page.locator('[data-testid="trial-range-row"][data-code="1130"]');
    expect((await bank.textContent())?.replace(/\s+/g, ' ')).toContain('10,000.00');
    await shot(page, 'en-reports-05-trial-range');

    await page.goto(`/ledger/reports?report=register&accountId=${ids['1130']}&from=${lastMonth}&to=${today}`);
    await page.getByTestId('register-row').first().waitFor();
    expect(await page.getByTestId('register-row').count()).toBe(3);
    expect(((await page.getByTestId('register-row').last().textContent()) ?? '').replace(/\s+/g, ' ')).toContain('11,700.00');
    await shot(page, 'en-reports-06-register');
  });

  it('lists the account checks', async () => {
    await page.goto('/ledger/checks');
    await page.getByTestId('check-large_without_reference').or(page.getByTestId('checks-none')).first().waitFor();
    await shot(page, 'en-reports-07-checks');
  });

  it('imports a small CSV in chunks and watches it finish; a bad file posts nothing and says why', async () => {
    const csv = [
      'entry_key,date,journal,memo,reference,account,debit,credit',
      `A,${today},GEN,Imported sale,IMP-1,1130,100.00,`,
      `A,,,,,4100,,100.00`,
      `B,${today},GEN,Imported rent,IMP-2,5300,40.00,`,
      `B,,,,,1130,,40.00`,
    ].join('\n');
    await page.goto('/ledger/import');
    await page.getByTestId('entries-file').click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'entries.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('entries-import').click();
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor({ timeout: 30_000 });
    expect(await collapse(page, 'import-posted')).toBe('2');
    await shot(page, 'en-reports-08-import-done');

    await page.getByTestId('import-another').click();
    const bad = ['entry_key,date,journal,account,debit,credit', `C,${today},GEN,9999,5.00,`, `C,,,1130,,5.00`].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('entries-import').click();
    await page.locator('[data-testid="import-progress"][data-status="failed"]').waitFor({ timeout: 30_000 });
    expect(await collapse(page, 'import-error')).toContain('9999');
    await shot(page, 'en-reports-09-import-failed');
  });

  it("runs last month's close checks, shows the server's refusal, then closes the period", async () => {
    const periods = await callApi<{ items: { id: string; startDate: string; endDate: string }[] }>(page, 'GET', '/ledger/periods');
    periodId = periods.items.find((p) => p.startDate <= lastMonth && lastMonth <= p.endDate)?.id ?? '';
    expect(periodId).not.toBe('');
    await page.goto('/ledger/periods');
    await page.goto(`/ledger/periods/${periodId}/close`);
    await page.locator('[data-testid="close-checks"][data-ok="true"]').waitFor();
    expect(await page.getByTestId('close-period').isEnabled()).toBe(true);

    // A draft dated in the period appears after the checklist loaded: the server refuses to close.
    const draft = await callApi<{ id: string }>(page, 'POST', '/ledger/entries', {
      journalId,
      date: lastMonth,
      memo: 'Forgotten draft',
      lines: [
        { accountId: ids['5300'], debit: '1.00' },
        { accountId: ids['1130'], credit: '1.00' },
      ],
    });
    await page.getByTestId('close-period').click();
    await page.getByTestId('close-refused').waitFor();
    expect(await page.getByTestId('close-refused').textContent()).toContain(en.ledger.close.checkNames.noDrafts);
    await page.locator('[data-testid="close-checks"][data-ok="false"]').waitFor();
    expect(await page.getByTestId('close-period').isDisabled()).toBe(true);
    await shot(page, 'en-reports-10-close-refused');

    await callApi(page, 'DELETE', `/ledger/entries/${draft.id}`);
    await page.getByTestId('rerun-checks').click();
    await page.locator('[data-testid="close-checks"][data-ok="true"]').waitFor();
    await page.getByTestId('close-period').click();
    await page.getByTestId('period-closed').waitFor();
    await page.getByTestId('signoff').first().waitFor();
    await shot(page, 'en-reports-11-closed');
  });

  it('shows the reports in Arabic, right to left, the chart mirrored, on a desktop and on a phone', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    for (const [width, height, device] of [
      [1280, 800, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [path, name, heading, ready] of [
        ['/ledger/reports', 'income', ar.ledger.reports.title, 'income-statement'],
        ['/ledger/reports?report=balance', 'balance', ar.ledger.reports.title, 'balance-sheet'],
        ['/ledger/reports?report=trend', 'trend', ar.ledger.reports.title, 'trend-chart'],
        ['/ledger/checks', 'checks', ar.ledger.checks.title, ''],
        [`/ledger/periods/${periodId}/close`, 'close', '', 'close-checks'],
        ['/ledger/import', 'import', ar.ledger.import.title, ''],
        ['/ledger/exchange-rates', 'rates', ar.ledger.rates.title, ''],
        ['/ledger/dimensions', 'dimensions', ar.ledger.dimensions.title, ''],
      ] as const) {
        await page.goto(path);
        if (heading) await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), heading);
        if (ready) await page.getByTestId(ready).waitFor();
        // The checks' results come as reason codes and read in Arabic, not in the server's English.
        if (name === 'close') expect(await page.getByTestId('close-check-result').first().textContent()).toBe(ar.refusals.ledger.check_no_drafts);
        await shot(page, `ar-reports-${name}-${device}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} on a ${device} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      }
    }
    // The trend chart reads right to left: the value axis stands on the right, the first month at the right.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/ledger/reports?report=trend');
    await page.getByTestId('trend-chart').locator('.recharts-bar-rectangle path').first().waitFor();
    const chart = await page.getByTestId('trend-chart').boundingBox();
    const yAxis = await page.getByTestId('trend-chart').locator('.recharts-yAxis').first().boundingBox();
    if (!chart || !yAxis) throw new Error('the chart is not on screen');
    expect(yAxis.x).toBeGreaterThan(chart.x + chart.width / 2);
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });

  it('signs out; no console errors or CSP violations on the way', async () => {
    await logOut(page);
    problems.expectNone(EXPECTED);
  });
});
