import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import { postAprilLedger } from './banking-ledger';
import { ADMIN, callApi, expectText, logIn, pick, shot } from './helpers';
import { e2eUnavailable } from './server';
import { browserSuite } from './suite';

const unavailable = e2eUnavailable();
const SLOW = { timeout: 15_000, interval: 100 };
/** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
const EXPECTED = [/status of 401 .*\/api\/v1\/me\)$/];
const CAMT = fileURLToPath(new URL('../../src/modules/banking/fixtures/camt053-two-statements.xml', import.meta.url));

describe.skipIf(unavailable !== undefined)('banking in Arabic: a CAMT.053 file previewed and imported, the matches accepted, the report balanced', () => {
  let page: Page;
  let accountUrl = '';
  const suite = browserSuite(['banking'], (pages) => {
    page = pages.banking;
  });

  it('sets up the ledger side and a bank account, then reads the page in Arabic, right to left', async () => {
    await page.goto('/login');
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/');
    const ids = await postAprilLedger(page, []);
    const account = await callApi<{ id: string }>(page, 'POST', '/banking/accounts', {
      name: 'الراجحي الجاري',
      bank: 'مصرف الراجحي',
      iban: 'SA4420000001234567891234',
      currency: 'SAR',
      ledgerAccountId: ids['1130'],
    });
    accountUrl = `/banking/accounts/${account.id}`;
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.goto(accountUrl);
    await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), 'الراجحي الجاري');
  });

  it('previews the file in Arabic (format, statements, balance checks) and imports it', async () => {
    await page.getByTestId('statement-upload').locator('input[type="file"]').setInputFiles(CAMT);
    await page.getByTestId('statement-preview-button').click();
    const preview = page.getByTestId('statement-preview');
    await expectText(preview.getByTestId('preview-format'), ar.banking.formats.camt);
    await expectText(preview.getByTestId('preview-statements'), '2');
    await expectText(preview.getByTestId('preview-new-lines'), '3');
    await expect
      .poll(() => preview.getByTestId('preview-balance-check').allTextContents(), SLOW)
      .toEqual([ar.banking.upload.balances, ar.banking.upload.balances]);
    await shot(page, 'ar-banking-flow-01-preview');
    await page.getByTestId('statement-import').click();
    await page.getByTestId('statement-imported').waitFor();
    await expect.poll(() => page.getByTestId('statement-row').count(), SLOW).toBe(2);
  });

  it('accepts every proposal at or above 85, posts the bank fee from its line, and the report balances', async () => {
    await page.getByTestId('tab-reconcile').click();
    await page.waitForURL((url) => url.pathname.endsWith('/reconcile'));
    await expect.poll(() => page.getByTestId('proposal').count(), SLOW).toBe(2);
    await expect.poll(() => page.getByTestId('proposal-reasons').first().textContent(), SLOW).toMatch(/[\u0600-\u06FF]/);
    await page.getByTestId('accept-all').click();
    await expect.poll(() => page.getByTestId('proposal').count(), SLOW).toBe(0);
    await expect.poll(() => page.getByTestId('standing-match').count(), SLOW).toBe(2);
    await page.getByTestId('unmatched-bank-line').filter({ hasText: '-25.00' }).getByTestId('create-entry').click();
    const form = page.getByTestId('post-line-form');
    await pick(page, ar.banking.post.account, '5700 · الرسوم البنكية', '5700');
    await form.getByTestId('post-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('standing-match').count(), SLOW).toBe(3);
    await shot(page, 'ar-banking-flow-02-reconciled');
    await page.goto(`${accountUrl}/report?asOf=2024-04-30`);
    await expect.poll(() => page.getByTestId('report-statement-balance').textContent(), SLOW).toContain('47,624.75');
    await expect.poll(() => page.getByTestId('report-ledger-balance').textContent(), SLOW).toContain('47,624.75');
    await expect.poll(() => page.getByTestId('report-status').getAttribute('data-reconciled'), SLOW).toBe('true');
    await expect.poll(() => page.getByTestId('report-status').textContent(), SLOW).toMatch(/[\u0600-\u06FF]/);
    await shot(page, 'ar-banking-flow-03-report');
    expect(suite.problems.problems.filter((p) => !EXPECTED.some((e) => e.test(p)))).toEqual([]);
  });
});
