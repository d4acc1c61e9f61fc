import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { ADMIN, expectText, logIn, logOut, shot } from './helpers';
import { e2eUnavailable } from './server';
import { browserSuite } from './suite';

const unavailable = e2eUnavailable();

const EXPECTED = [
  /** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
  /status of 401 .*\/api\/v1\/me\)$/,
  /** The unbalanced entry the test posts on purpose is answered 422. */
  /status of 422 .*\/api\/v1\/ledger\/entries\/post-new\)$/,
];

/** The text of the live imbalance row of one currency, whitespace collapsed. */
async function imbalanceText(page: Page, currency: string): Promise<string> {
  return ((await page.getByTestId(`imbalance-${currency}`).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function waitForBalanced(page: Page, balanced: boolean): Promise<void> {
  await page.waitForSelector(`[data-testid="imbalance"][data-balanced="${balanced}"]`);
}

describe.skipIf(unavailable !== undefined)('ledger: chart, a keyboard-written entry, trial balance, reversal, Arabic', () => {
  let page: Page;
  let entryUrl = '';
  let entryNumber = '';

  const suite = browserSuite(['ledger'], (pages) => {
    page = pages.ledger;
  });
  const { problems } = suite;

  // The steps build on each other: after a failure, keep its screenshot and skip the rest.

  it('an administrator installs the default chart from the ledger home', async () => {
    await page.goto('/login');
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('nav-ledger').click();
    await page.waitForURL((url) => url.pathname === '/ledger');
    await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), en.ledger.home.title);
    await page.getByTestId('no-chart').waitFor();
    await shot(page, 'en-ledger-01-no-chart');
    await page.getByTestId('install-chart').click();
    await page.getByTestId('chart-installed').waitFor();
    await page.getByTestId('no-chart').waitFor({ state: 'hidden' });

    await page.getByTestId('ledger-chart').click();
    await page.waitForURL((url) => url.pathname === '/ledger/accounts');
    const cash = page.locator('[data-testid="account-row"][data-code="1130"]');
    await cash.waitFor();
    expect(await cash.textContent()).toContain('Bank - current account');
    await shot(page, 'en-ledger-02-chart');
  });

  it('writes an entry with the keyboard, sees the imbalance, gets the refusal, then posts it balanced', async () => {
    await page.goto('/ledger');
    await page.getByTestId('ledger-newEntry').click();
    await page.waitForURL((url) => url.pathname === '/ledger/entries/new');
    await page.getByTestId('entry-reference').fill('E2E-1');
    await page.getByTestId('entry-memo').fill('Capital paid into the bank');

    // Line 1: account by code, Enter → description, Enter → debit, Enter → (credit skipped) line 2.
    await page.getByTestId('line-0-account').click();
    await page.keyboard.type('1130');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === '0:memo');
    await page.keyboard.type('Deposit');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1000');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === '1:account');
    await waitForBalanced(page, false);
    expect(await imbalanceText(page, 'SAR')).toContain('1,000.00');

    // Line 2: account by name, then a credit one halala short.
    await page.keyboard.type('capital');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === '1:credit');
    await page.keyboard.type('999.99');
    await waitForBalanced(page, false);
    expect(await imbalanceText(page, 'SAR')).toContain(`${en.ledger.form.difference} 0.01`);
    await shot(page, 'en-ledger-03-entry-unbalanced');

    // The server refuses it and says so against the currency.
    await page.getByTestId('post-entry').click();
    await page.getByTestId('imbalance-SAR').getByRole('alert').waitFor();
    expect(await page.getByTestId('error-alert').textContent()).toBe(en.errors.UNBALANCED);
    expect(page.url()).toContain('/ledger/entries/new');

    // Enter after the last cell adds a line; the empty line is not sent.
    await page.getByTestId('line-1-credit').fill('1000');
    await page.getByTestId('line-1-credit').press('Enter');
    await page.getByTestId('line-2-account').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === '2:account');
    await waitForBalanced(page, true);
    expect(await imbalanceText(page, 'SAR')).toContain(en.ledger.form.balanced);
    await shot(page, 'en-ledger-04-entry-balanced');

    await page.keyboard.press('Control+Enter');
    await page.waitForURL((url) => /^\/ledger\/entries\/[0-9a-f-]{36}$/.test(url.pathname));
    entryUrl = new URL(page.url()).pathname;
    entryNumber = ((await page.getByTestId('entry-number').textContent()) ?? '').trim();
    expect(entryNumber).toMatch(/^GEN\/\d{4}\/000001$/);
    expect(((await page.getByTestId('entry-hash').textContent()) ?? '').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByTestId('entry-line-view').count()).toBe(2);
    await page.getByTestId('entry-audit').getByText('ledger.entry.posted').waitFor();
    await shot(page, 'en-ledger-05-entry-detail');
  });

  it('finds the entry in the list and the trial balance, and drills down from a figure', async () => {
    await page.goto('/ledger/entries');
    const row = page.getByTestId('entry-row').filter({ hasText: entryNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain('Capital paid into the bank');

    // Filters: a text that matches nothing, then the reference.
    await page.getByTestId('filter-text').fill('no such entry');
    await page.getByTestId('apply-filters').click();
    await page.getByText(en.ledger.entries.none).waitFor();
    await page.getByTestId('filter-text').fill('E2E-1');
    await page.getByTestId('apply-filters').click();
    await row.waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('E2E-1');
    await shot(page, 'en-ledger-06-entries');

    await page.goto('/ledger/trial-balance');
    await page.getByTestId('tb-status').waitFor();
    await expectText(page.getByTestId('tb-status'), en.ledger.trialBalance.balanced);
    const bank = page.locator('[data-testid="tb-row"][data-code="1130"]');
    const capital = page.locator('[data-testid="tb-row"][data-code="3100"]');
    expect((await bank.textContent())?.replace(/\s+/g, ' ')).toContain('1,000.00');
    expect((await capital.textContent())?.replace(/\s+/g, ' ')).toContain('1,000.00');
    await shot(page, 'en-ledger-07-trial-balance');

    await bank.getByTestId('drill-down').last().click();
    await page.waitForURL((url) => url.pathname === '/ledger/entries' && url.searchParams.has('accountId'));
    await page.getByTestId('filter-summary').waitFor();
    await page.getByTestId('entry-row').filter({ hasText: entryNumber }).waitFor();
    expect(await page.getByTestId('entry-row').count()).toBe(1);
  });

  it('reverses the entry on a date; both entries link to each other and the balances go back to zero', async () => {
    await page.goto(entryUrl);
    await page.getByTestId('reverse').click();
    const form = page.getByTestId('reverse-form');
    const date = await form.getByTestId('reverse-date').inputValue();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByTestId('confirm-reverse').click();
    await page.waitForURL((url) => /^\/ledger\/entries\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== entryUrl);
    await page.getByTestId('reverses-link').waitFor();
    expect(((await page.getByTestId('entry-number').textContent()) ?? '').trim()).toMatch(/^GEN\/\d{4}\/000002$/);
    await shot(page, 'en-ledger-08-reversal');

    await page.getByTestId('reverses-link').getByRole('link').click();
    await page.waitForURL((url) => url.pathname === entryUrl);
    await page.getByTestId('reversed-by-link').waitFor();
    expect(await page.getByTestId('reverse').count()).toBe(0);

    await page.goto('/ledger/trial-balance');
    await page.getByText(en.ledger.trialBalance.empty).waitFor();
  });

  it('shows the ledger in Arabic, right to left, on a desktop and on a phone', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    for (const [width, height, device] of [
      [1280, 800, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [path, name, heading] of [
        ['/ledger', 'home', ar.ledger.home.title],
        ['/ledger/accounts', 'chart', ar.ledger.chart.title],
        ['/ledger/entries', 'entries', ar.ledger.entries.title],
        [entryUrl, 'entry', entryNumber],
        ['/ledger/periods', 'periods', ar.ledger.periods.title],
        ['/ledger/entries/new', 'form', ar.ledger.form.newTitle],
      ] as const) {
        await page.goto(path);
        await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), heading);
        await shot(page, `ar-ledger-${name}-${device}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} on a ${device} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      }
      // The entry form reads right to left: the account cell sits to the right of the debit cell.
      const form = page.getByTestId('entry-form');
      expect(await form.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      await page.getByTestId('line-0-account').click();
      await page.keyboard.type('1130');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('250.50');
      expect(await imbalanceText(page, 'SAR')).toContain('250.50');
      const account = await page.getByTestId('line-0-account').boundingBox();
      const debit = await page.getByTestId('line-0-debit').boundingBox();
      if (!account || !debit) throw new Error('the form cells are not on screen');
      if (device === 'desktop') expect(account.x).toBeGreaterThan(debit.x);
      else expect(account.x + account.width).toBeGreaterThanOrEqual(debit.x + debit.width);
      await shot(page, `ar-ledger-form-typed-${device}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });

  it("in Arabic, the server's refusal of an unbalanced entry reads in Arabic (translated from its reason code)", async () => {
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.goto('/ledger/entries/new');
    await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), ar.ledger.form.newTitle);
    await page.getByTestId('line-0-account').click();
    await page.keyboard.type('1130');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === '1:account');
    await page.keyboard.type('3100');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === '1:credit');
    await page.keyboard.type('99.99');
    await page.getByTestId('post-entry').click();
    const refusal = page.getByTestId('server-unbalanced');
    await refusal.waitFor();
    const expected = ar.refusals.ledger.unbalanced.replace('{{currency}}', 'SAR').replace('{{debit}}', '100.00').replace('{{credit}}', '99.99');
    expect(await refusal.textContent()).toBe(expected);
    expect(expected).toMatch(/المدين/);
    expect(await page.getByTestId('error-alert').textContent()).toBe(ar.errors.UNBALANCED);
    await shot(page, 'ar-ledger-entry-refused');
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });

  it('signs out; no console errors or CSP violations on the way', async () => {
    await logOut(page);
    problems.expectNone(EXPECTED);
  });
});
