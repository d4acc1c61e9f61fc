import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { ADMIN, callApi, expectText, logIn, shot } from './helpers';
import { e2eUnavailable } from './server';
import { browserSuite } from './suite';

const unavailable = e2eUnavailable();
/** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
const EXPECTED = [/status of 401 .*\/api\/v1\/me\)$/];

/** This month in Riyadh (the company's zone) and the same month last year. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(new Date());
const year = Number(today.slice(0, 4));
const month = today.slice(5, 7);

describe.skipIf(unavailable !== undefined)(
  "budgets: last year's actuals + 5%, approve, an expense crosses the alert, variance, revisions, forecast, scenario, Arabic",
  () => {
    let page: Page;
    const ids: Record<string, string> = {};
    let post: (date: string, debit: string, credit: string, amount: string) => Promise<unknown>;

    const suite = browserSuite(['budgets'], (pages) => {
      page = pages.budgets;
    });
    const { problems } = suite;

    it("posts last year's rent through the API and starts a budget from the budgets page", async () => {
      await page.goto('/login');
      await logIn(page, ADMIN.email, ADMIN.password);
      await page.waitForURL((url) => url.pathname === '/');
      await callApi(page, 'POST', '/ledger/chart/install-default');
      for (const code of ['1130', '5300']) {
        const found = await callApi<{ items: { id: string; code: string }[] }>(page, 'GET', `/ledger/accounts?q=${code}&page=1&pageSize=20`);
        ids[code] = found.items.find((a) => a.code === code)?.id ?? '';
      }
      const journals = await callApi<{ items: { id: string; code: string }[] }>(page, 'GET', '/ledger/journals');
      const journalId = journals.items.find((j) => j.code === 'GEN')?.id ?? '';
      post = (date, debit, credit, amount) =>
        callApi(page, 'POST', '/ledger/entries/post-new', {
          journalId,
          date,
          lines: [
            { accountId: ids[debit], debit: amount },
            { accountId: ids[credit], credit: amount },
          ],
        });
      await post(`${year - 1}-${month}-10`, '5300', '1130', '1000.00');
      await page.getByTestId('nav-budgets').click();
      await page.waitForURL((url) => url.pathname === '/budgets');
      await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), en.budgets.title);
      await page.getByTestId('budget-name').fill('Operating plan');
      await shot(page, 'en-budgets-01-list');
      await page.getByTestId('create-budget').click();
      await page.waitForURL((url) => url.pathname.startsWith('/budgets/'));
      await expectText(page.getByTestId('budget-status'), en.budgets.statuses.draft);
    });

    it("fills the grid from last year's actuals + 5% and approves it", async () => {
      await page.getByTestId('percent').fill('5');
      await page.getByTestId('from-actuals').click();
      const line = page.getByTestId('budget-line').filter({ hasText: '5300' });
      await line.waitFor();
      await expect.poll(async () => line.getByLabel(`5300 ${year}-${month}`).inputValue()).toBe('1050.00');
      await shot(page, 'en-budgets-02-grid');
      // A balance-sheet account can be budgeted too (cash planning): the picker groups accounts by type.
      await page.getByRole('combobox', { name: en.budgets.account, exact: true }).click();
      await expect.poll(() => page.getByRole('group', { name: en.ledger.reports.sections.asset }).count()).toBe(1);
      await shot(page, 'en-budgets-02b-account-picker', { fullPage: false });
      await page.getByRole('option', { name: '1130 Bank - current account', exact: true }).click();
      await page.getByTestId('spread-total').fill('1200.00');
      await page.getByTestId('spread').click();
      const bank = page.getByTestId('budget-line').filter({ hasText: '1130' });
      await expect.poll(async () => bank.getByLabel(`1130 ${year}-${month}`).inputValue()).toBe('100.00');
      await page.getByTestId('approve').click();
      await expectText(page.getByTestId('budget-status'), en.budgets.statuses.approved);
      expect(await page.getByTestId('budget-grid').locator('input').count()).toBe(0);
    });

    it('an expense crossing 90% raises an alert to the owner, and the variance shows', async () => {
      await post(today, '5300', '1130', '1000.00');
      await page.getByTestId('check-alerts').click();
      await expectText(page.getByTestId('alerts-result'), en.budgets.alertsResult.replace('{{alerts}}', '1').replace('{{notified}}', '1'));
      await page.getByTestId('variance-tab').click();
      const row = page.getByTestId('variance-line').filter({ hasText: '5300' });
      await row.waitFor();
      expect(await row.textContent()).toContain('-50.00');
      await page.getByTestId('chart-by-month').locator('svg').first().waitFor();
      await page.getByTestId('chart-top-variances').locator('svg').first().waitFor();
      await shot(page, 'en-budgets-03-variance');
      // drill-down: the actual links to the ledger lines behind it
      await row.getByTestId('actual-drill').click();
      await page.waitForURL((url) => url.pathname === '/ledger/reports/lines' && url.searchParams.get('accountId') === ids['5300']);
      await page.getByText(today).first().waitFor();
      await shot(page, 'en-budgets-03b-drill-lines');
      await page.goBack();
      await page.getByTestId('variance-tab').click();
      const download = page.waitForEvent('download');
      await page.getByTestId('export-budget').click();
      expect((await download).suggestedFilename()).toBe(`budget-${year}-r1.csv`);
      await page.getByTestId('new-revision').click();
      await expectText(page.getByTestId('budget-status'), en.budgets.statuses.draft);
      await page.getByTestId('grid-tab').click();
      await page.getByTestId('revision-select').waitFor();
      // keyboard-first grid: type into this month, Enter, then save; the comparison highlights the change
      const cell = page.getByTestId('budget-line').filter({ hasText: '5300' }).getByLabel(`5300 ${year}-${month}`);
      await cell.focus();
      await page.keyboard.type('1100.00');
      await page.keyboard.press('Enter');
      await page.getByTestId('save-grid').click();
      await expect.poll(async () => cell.inputValue()).toBe('1100.00');
      await shot(page, 'en-budgets-04-revision-2');
      await page.getByTestId('compare-tab').click();
      const changed = page.getByTestId('compare-line').filter({ hasText: '5300' });
      await changed.waitFor();
      expect(await changed.locator('td[data-changed]').count()).toBe(2);
      expect(await changed.textContent()).toContain('+50.00');
      await shot(page, 'en-budgets-05-compare');
      await page.getByTestId('forecast-tab').click();
      await page.getByTestId('forecast-line').filter({ hasText: '5300' }).waitFor();
      await shot(page, 'en-budgets-06-forecast');
      // a scenario: a new hire from the first month, compared with the base
      await page.getByTestId('scenarios-tab').click();
      await page.getByTestId('scenario-name').fill('Hiring');
      await page.getByTestId('create-scenario').click();
      await page.getByTestId('scenario-select').waitFor();
      expect(await page.getByTestId('scenario-ni-diff').textContent()).not.toMatch(/[1-9]/);
      await page.getByTestId('adjustment-kind').click();
      await page.getByRole('option', { name: en.budgets.scenarios.kinds.hire }).click();
      await page.getByTestId('adjustment-accounts').fill('5300');
      await page.getByRole('option', { name: /^5300/ }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('adjustment-amount').fill('2000.00');
      await page.getByTestId('adjustment-label').fill('Engineer');
      await page.getByTestId('add-adjustment').click();
      await page.getByTestId('adjustment').filter({ hasText: 'Engineer' }).waitFor();
      await expect.poll(async () => page.getByTestId('scenario-ni-diff').locator('td').nth(1).textContent()).toBe('-2000.00');
      await shot(page, 'en-budgets-07-scenario');
      // The tab is in the address: the scenario comparison is a link of its own.
      const scenariosUrl = page.url();
      expect(new URL(scenariosUrl).searchParams.get('tab')).toBe('scenarios');
      await page.goto('/notifications');
      await page.goto(scenariosUrl);
      await expect.poll(async () => page.getByTestId('scenario-ni-diff').locator('td').nth(1).textContent()).toBe('-2000.00');
      await page.goto('/notifications');
      await page
        .getByText(/Operating plan: 5300/)
        .first()
        .waitFor();
    });

    it('shows the budget in Arabic, right to left', async () => {
      await page.goto('/budgets');
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), ar.budgets.title);
      await page.getByRole('link', { name: 'Operating plan' }).click();
      await page.getByTestId('variance-tab').click();
      await page.getByTestId('variance-line').first().waitFor();
      await page.getByTestId('chart-burn').locator('svg').first().waitFor();
      await shot(page, 'ar-budgets-01-variance');
      // the minus stays in front of the number in Arabic: its glyph is left of the digits
      const minusFirst = await page
        .getByTestId('variance-line')
        .first()
        .locator('td')
        .nth(3)
        .evaluate((td) => {
          const text = td.querySelector('[dir="ltr"]')?.firstChild as Text;
          const at = (i: number) => {
            const r = document.createRange();
            r.setStart(text, i);
            r.setEnd(text, i + 1);
            return r.getBoundingClientRect().left;
          };
          return text.data.startsWith('-') && at(0) < at(1);
        });
      expect(minusFirst).toBe(true);
      await page.getByTestId('grid-tab').click();
      await page.getByTestId('budget-grid').waitFor();
      // the grid mirrors: in Arabic the left arrow goes to the next month
      const first = page.getByTestId('budget-line').first().locator('input').first();
      await first.focus();
      await page.keyboard.press('ArrowLeft');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('0:1');
      await shot(page, 'ar-budgets-02-grid');
      await page.getByTestId('compare-tab').click();
      await page.getByTestId('compare-line').first().waitFor();
      await shot(page, 'ar-budgets-03-compare');
      await page.getByTestId('scenarios-tab').click();
      await page.getByTestId('scenario-table').waitFor();
      await shot(page, 'ar-budgets-04-scenario');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('variance-tab').click();
      await page.getByTestId('variance-line').first().waitFor();
      await shot(page, 'ar-budgets-05-phone-variance');
      await page.getByTestId('scenarios-tab').click();
      await page.getByTestId('scenario-table').waitFor();
      await shot(page, 'ar-budgets-06-phone-scenario');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.dir === 'ltr');
      expect(problems.problems.filter((p) => !EXPECTED.some((e) => e.test(p)))).toEqual([]);
    });
  },
);
