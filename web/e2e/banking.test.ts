import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { postAprilLedger } from './banking-ledger';
import { ADMIN, callApi, expectText, logIn, pick, shot } from './helpers';
import { e2eUnavailable } from './server';
import { browserSuite } from './suite';

const unavailable = e2eUnavailable();
/** The machine is shared: give the server time to answer before a poll gives up. */
const SLOW = { timeout: 15_000, interval: 100 };
/** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
const EXPECTED = [/status of 401 .*\/api\/v1\/me\)$/];
const CSV = fileURLToPath(new URL('../../src/modules/banking/fixtures/csv-signed-utf8.csv', import.meta.url));
const BAD_CAMT = fileURLToPath(new URL('../../src/modules/banking/fixtures/camt053-bad-amount.xml', import.meta.url));
const CAMT = fileURLToPath(new URL('../../src/modules/banking/fixtures/camt053-two-statements.xml', import.meta.url));

describe.skipIf(unavailable !== undefined)(
  'banking: a CAMT.053 file previewed and imported, matched from the keyboard, an entry from a line, the report, Arabic',
  () => {
    let page: Page;
    const ids: Record<string, string> = {};
    let accountUrl = '';
    let statementUrl = '';
    let statementRef = '';

    const suite = browserSuite(['banking'], (pages) => {
      page = pages.banking;
    });
    const { problems } = suite;

    it('adds a bank account mirroring the ledger bank account', async () => {
      await page.goto('/login');
      await logIn(page, ADMIN.email, ADMIN.password);
      await page.waitForURL((url) => url.pathname === '/');
      Object.assign(ids, await postAprilLedger(page, ['5700']));
      await page.getByTestId('nav-banking').click();
      await page.waitForURL((url) => url.pathname === '/banking');
      await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), en.banking.accounts.title);
      await page.getByTestId('new-bank-account').click();
      const form = page.getByTestId('bank-account-form');
      await form.getByTestId('bank-account-name').fill('Al Rajhi current');
      await form.getByTestId('bank-account-bank').fill('Al Rajhi Bank');
      await form.getByTestId('bank-account-iban').fill('SA44 2000 0001 2345 6789 1234');
      await pick(page, en.banking.account.ledgerAccount, '1130 · Bank - current account', '1130');
      await shot(page, 'en-banking-01-new-account', { fullPage: false });
      await form.getByTestId('bank-account-save').click();
      await form.waitFor({ state: 'detached' });
      const row = page.getByTestId('bank-account-row').filter({ hasText: 'Al Rajhi current' });
      await expect.poll(() => row.textContent(), SLOW).toContain('SA4420000001234567891234');
      await shot(page, 'en-banking-02-accounts');
      await row.getByRole('link', { name: 'Al Rajhi current' }).click();
      await page.waitForURL((url) => /^\/banking\/accounts\/[0-9a-f-]+$/.test(url.pathname));
      accountUrl = new URL(page.url()).pathname;
    });

    it('previews the CAMT.053 file (format, statements, lines, balances) and imports it', async () => {
      // A file with a bad amount: the preview names the element, and there is nothing to import.
      const fileInput = page.getByTestId('statement-upload').locator('input[type="file"]');
      await fileInput.setInputFiles(BAD_CAMT);
      await page.getByTestId('statement-preview-button').click();
      await expect.poll(() => page.getByTestId('preview-error').textContent(), SLOW).toContain('Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt');
      expect(await page.getByTestId('statement-import').count()).toBe(0);
      await shot(page, 'en-banking-03-preview-error');
      await fileInput.setInputFiles(CAMT);
      await page.getByTestId('statement-preview-button').click();
      const preview = page.getByTestId('statement-preview');
      await expectText(preview.getByTestId('preview-format'), en.banking.formats.camt);
      await expectText(preview.getByTestId('preview-statements'), '2');
      await expectText(preview.getByTestId('preview-lines'), '3');
      await expectText(preview.getByTestId('preview-new-lines'), '3');
      const checks = preview.getByTestId('preview-balance-check');
      await expect.poll(() => checks.allTextContents(), SLOW).toEqual([en.banking.upload.balances, en.banking.upload.balances]);
      // Nothing is saved by the preview.
      expect((await callApi<{ total: number }>(page, 'GET', `/banking/accounts/${accountUrl.split('/').pop()}/statements`)).total).toBe(0);
      await shot(page, 'en-banking-03-preview');
      await page.getByTestId('statement-import').click();
      await page.getByTestId('statement-imported').waitFor();
      await expect.poll(() => page.getByTestId('statement-row').count(), SLOW).toBe(2);
      await expect
        .poll(() => page.getByTestId('continuity').evaluateAll((els) => els.map((e) => e.getAttribute('data-continuity'))), SLOW)
        .toEqual(['ok', 'first']);
      await shot(page, 'en-banking-04-imported');
    });

    it('confirms the best proposal from the keyboard, accepts the rest above 85, and posts an entry from the fee line', async () => {
      await page.getByTestId('tab-reconcile').click();
      await page.waitForURL((url) => url.pathname.endsWith('/reconcile'));
      const proposals = page.getByTestId('proposal');
      await expect.poll(() => proposals.count(), SLOW).toBe(2);
      await expect.poll(() => page.getByTestId('proposal-score').allTextContents(), SLOW).toEqual(['94', '85']);
      await expectText(page.getByTestId('keyboard-help').locator('kbd').first(), 'j');
      await shot(page, 'en-banking-05-reconcile');
      // j then k: back on the best one; Enter confirms it.
      await page.keyboard.press('j');
      await expect.poll(() => proposals.nth(1).getAttribute('aria-selected'), SLOW).toBe('true');
      await page.keyboard.press('k');
      await expect.poll(() => proposals.nth(0).getAttribute('aria-selected'), SLOW).toBe('true');
      await expect.poll(() => proposals.nth(0).textContent(), SLOW).toContain('INV2041');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('proposal-score').allTextContents(), SLOW).toEqual(['85']);
      await expect.poll(() => page.getByTestId('standing-match').count(), SLOW).toBe(1);
      // The payroll proposal scores 85: accept everything at or above 85.
      await page.getByTestId('accept-all').click();
      await expect.poll(() => proposals.count(), SLOW).toBe(0);
      await expect.poll(() => page.getByTestId('standing-match').count(), SLOW).toBe(2);
      // The bank's fee has no ledger line: post one from it (bank charges) and it is matched.
      const fee = page.getByTestId('unmatched-bank-line').filter({ hasText: '-25.00' });
      await fee.getByTestId('create-entry').click();
      const form = page.getByTestId('post-line-form');
      await pick(page, en.banking.post.account, '5700 · Bank charges', '5700');
      await shot(page, 'en-banking-06-post-line', { fullPage: false });
      await form.getByTestId('post-submit').click();
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('unmatched-bank-line').count(), SLOW).toBe(0);
      await expect.poll(() => page.getByTestId('standing-match').count(), SLOW).toBe(3);
      await shot(page, 'en-banking-07-reconciled');
    });

    it('matches by hand with a running difference and undoes a match (audited)', async () => {
      const first = page.getByTestId('standing-match').first();
      await first.getByTestId('unmatch').click();
      await page.getByTestId('unmatch-reason').fill('checking the manual match');
      await page.getByTestId('unmatch-confirm').click();
      await expect.poll(() => page.getByTestId('standing-match').count(), SLOW).toBe(2);
      await expect.poll(() => page.getByTestId('unmatched-bank-line').count(), SLOW).toBe(1);
      await page.getByTestId('unmatched-bank-line').first().getByRole('checkbox').check();
      await expectText(page.getByTestId('difference'), '-25.00');
      // The opening balance line (before the first statement) stays matchable; pick the fee's entry.
      await page.getByTestId('unmatched-ledger-line').filter({ hasText: '25.00' }).first().getByRole('checkbox').check();
      await expectText(page.getByTestId('difference'), '0.00');
      await page.getByTestId('match-selected').click();
      await expect.poll(() => page.getByTestId('standing-match').count(), SLOW).toBe(3);
      const audit = await callApi<{ items: { action: string }[] }>(page, 'GET', '/audit?page=1&pageSize=50');
      expect(audit.items.map((e) => e.action)).toContain('banking.match.unmatched');
    });

    it('adds a rule with a pattern and an amount range', async () => {
      await page.getByTestId('tab-rules').click();
      await page.getByTestId('new-rule').click();
      const form = page.getByTestId('rule-form');
      await form.getByTestId('rule-name').fill('Bank fees');
      await form.getByTestId('rule-pattern').fill('*fee*');
      await form.getByTestId('rule-max').fill('0');
      await pick(page, en.banking.post.account, '5700 · Bank charges', '5700');
      await form.getByTestId('rule-save').click();
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('rule-row').textContent(), SLOW).toContain('*fee*');
      await shot(page, 'en-banking-08-rules');
    });

    it('saves a CSV mapping on the account (semicolons, DD.MM.YYYY, decimal comma) and previews a CSV file with it', async () => {
      await page.getByTestId('tab-statements').click();
      await page.waitForURL((url) => url.pathname === accountUrl);
      const mapping = page.getByTestId('csv-mapping');
      await pick(page, en.banking.csv.delimiter, en.banking.csv.delimiters.semicolon);
      await pick(page, en.banking.csv.dateFormat, 'DD.MM.YYYY');
      await pick(page, en.banking.csv.decimal, en.banking.csv.separators.comma);
      await pick(page, en.banking.csv.thousands, en.banking.csv.separators.dot);
      await mapping.getByTestId('csv-valueDateColumn').fill('2');
      await mapping.getByTestId('csv-amountColumn').fill('5');
      await mapping.getByTestId('csv-textColumns').fill('3');
      await mapping.getByTestId('csv-referenceColumn').fill('4');
      await mapping.getByTestId('csv-save').click();
      await mapping.getByTestId('csv-saved').waitFor();
      await page.getByTestId('statement-upload').locator('input[type="file"]').setInputFiles(CSV);
      await page.getByTestId('statement-preview-button').click();
      const preview = page.getByTestId('statement-preview');
      await expectText(preview.getByTestId('preview-format'), en.banking.formats.csv);
      await expectText(preview.getByTestId('preview-lines'), '4');
      await expectText(preview.getByTestId('preview-balance-check'), en.banking.upload.noBalances);
      await shot(page, 'en-banking-09-csv-preview');
      await page.getByTestId('statement-import').click();
      await page.getByTestId('statement-imported').waitFor();
      await expect.poll(() => page.getByTestId('statement-row').count(), SLOW).toBe(3);
    });

    it('shows the reconciliation report at the end of April: reconciled, the opening balances equal', async () => {
      await page.goto(`${accountUrl}/report?asOf=2024-04-30`);
      await expect.poll(() => page.getByTestId('report-statement-balance').textContent(), SLOW).toContain('47,624.75');
      await expect.poll(() => page.getByTestId('report-ledger-balance').textContent(), SLOW).toContain('47,624.75');
      // The ledger's opening balance entry (before the first statement) is not an outstanding item: it is
      // compared to the statement's opening balance, and every line is matched.
      await expect.poll(() => page.getByTestId('report-statement-opening').textContent(), SLOW).toContain('50,000.00');
      await expect.poll(() => page.getByTestId('report-ledger-opening').textContent(), SLOW).toContain('50,000.00');
      await expect.poll(() => page.getByTestId('report-difference').textContent(), SLOW).toContain('0.00');
      await expect.poll(() => page.getByTestId('explain-unmatchedLedger').textContent(), SLOW).toContain('(0)');
      await expect.poll(() => page.getByTestId('explain-unexplained').textContent(), SLOW).toContain('0.00');
      await expect.poll(() => page.getByTestId('report-status').getAttribute('data-reconciled'), SLOW).toBe('true');
      expect(await page.getByTestId('unexplained-hint').count()).toBe(0);
      await shot(page, 'en-banking-10-report');
      const download = page.waitForEvent('download');
      await page.getByTestId('report-csv').click();
      expect((await download).suggestedFilename()).toBe('reconciliation-Al-Rajhi-current-2024-04-30.csv');
    });

    it('opens a statement from the list: its balances, and its lines each marked matched', async () => {
      await page.goto(accountUrl);
      const listed = await callApi<{ items: { id: string; reference: string | null }[] }>(
        page,
        'GET',
        `/banking/accounts/${accountUrl.split('/').pop()}/statements?page=1&pageSize=20`,
      );
      statementRef = listed.items.find((s) => s.reference?.startsWith('STMT-2024-04-A'))?.reference ?? '';
      await page.getByTestId('statement-row').filter({ hasText: statementRef }).getByRole('link').click();
      await page.waitForURL((url) => /\/statements\/[0-9a-f-]+$/.test(url.pathname));
      statementUrl = new URL(page.url()).pathname;
      await expectText(
        page.getByRole('main').getByRole('heading', { level: 1 }),
        en.banking.statements.detailTitle.replace('<num>{{reference}}</num>', statementRef),
      );
      await expect.poll(() => page.getByTestId('statement-opening').textContent(), SLOW).toContain('50,000.00');
      await expect.poll(() => page.getByTestId('statement-closing').textContent(), SLOW).toContain('47,649.75');
      const lines = page.getByTestId('statement-line');
      // The pending card payment is not booked: the statement added two lines, both matched by now.
      await expect.poll(() => lines.count(), SLOW).toBe(2);
      const texts = await lines.allTextContents();
      expect(texts[0]).toContain('1,000.25');
      expect(texts[1]).toContain('3,350.50');
      for (const text of texts) expect(text).toContain(en.banking.statements.matched);
      await shot(page, 'en-banking-10b-statement');
    });

    it('shows the key screens in Arabic, right to left, on a desktop and on a phone, without sideways scrolling', async () => {
      // June's rent in the ledger, so the CSV statement's rent line has a proposal to show in Arabic.
      const journals = await callApi<{ items: { id: string; code: string }[] }>(page, 'GET', '/ledger/journals');
      await callApi(page, 'POST', '/ledger/entries/post-new', {
        journalId: journals.items.find((j) => j.code === 'GEN')?.id,
        date: '2024-06-10',
        memo: 'Rent June',
        lines: [
          { accountId: ids['5200'], debit: '2100.00' },
          { accountId: ids['1130'], credit: '2100.00' },
        ],
      });
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await page.goto(`${accountUrl}/reconcile`);
      const reasons = page.getByTestId('proposal-reasons').first();
      await expect.poll(() => reasons.textContent(), SLOW).toContain(ar.banking.reasons.sameDate);
      // The amount inside the Arabic reason keeps its minus in front: the minus glyph is left of the digits.
      const minusFirst = await reasons.evaluate((el) => {
        const text = el.firstChild as Text;
        const i = text.data.indexOf('-');
        const at = (k: number) => {
          const r = document.createRange();
          r.setStart(text, k);
          r.setEnd(text, k + 1);
          return r.getBoundingClientRect().left;
        };
        return i >= 0 && at(i) < at(i + 1);
      });
      expect(minusFirst).toBe(true);
      for (const [path, name, heading, ready] of [
        ['/banking', 'accounts', ar.banking.accounts.title, 'bank-accounts'],
        [accountUrl, 'statements', 'Al Rajhi current', 'statements'],
        [statementUrl, 'statement', ar.banking.statements.detailTitle.replace('<num>{{reference}}</num>', statementRef), 'statement-line'],
        [`${accountUrl}/reconcile`, 'reconcile', ar.banking.reconcile.title.replace('{{name}}', 'Al Rajhi current'), 'standing-match'],
        [`${accountUrl}/rules`, 'rules', ar.banking.rules.title, 'rules'],
        [`${accountUrl}/report?asOf=2024-04-30`, 'report', ar.banking.report.title, 'report-explained'],
      ] as const) {
        for (const [width, height, device] of [
          [1280, 800, 'desktop'],
          [390, 844, 'phone'],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.goto(path);
          await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), heading);
          await page.getByTestId(ready).first().waitFor();
          await shot(page, `ar-banking-${name}-${device}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} on a ${device} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        }
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      // The statement column sits on the right in Arabic: the columns mirror.
      await page.goto(`${accountUrl}/reconcile`);
      const bankBox = await page.getByTestId('bank-column').boundingBox();
      const ledgerBox = await page.getByTestId('ledger-column').boundingBox();
      expect((bankBox?.x ?? 0) > (ledgerBox?.x ?? 0)).toBe(true);
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.dir === 'ltr');
      // Phone width in English too.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${accountUrl}/reconcile`);
      await page.getByTestId('manual-match').waitFor();
      await shot(page, 'en-banking-11-reconcile-phone');
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(problems.problems.filter((p) => !EXPECTED.some((e) => e.test(p)))).toEqual([]);
    });
  },
);
