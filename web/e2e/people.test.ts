import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar.json';
import en from '../src/i18n/en.json';
import { ADMIN, expectText, failureShot, logIn, pick, shot } from './helpers';
import { e2eUnavailable, launchBrowser, PageProblems, type RunningServer, startServer } from './server';

const unavailable = e2eUnavailable();
/** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
const EXPECTED = [/status of 401 .*\/api\/v1\/me\)$/];

describe.skipIf(unavailable !== undefined)('people: a department, a new employee, the timeline, an audited reveal, Arabic', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems = new PageProblems();
  let employeeUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const res = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        company: { name: 'Acme Trading', nameAr: 'شركة أكمي', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh', workWeek: [0, 1, 2, 3, 4] },
        admin: { email: ADMIN.email, displayName: ADMIN.name, password: ADMIN.password },
      }),
    });
    expect(res.status).toBe(201);
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Riyadh' });
    await problems.watchCsp(context);
    problems.watchContext(context);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  let broken = false;
  beforeEach(({ skip, onTestFailed, task }) => {
    if (broken) skip();
    onTestFailed(async () => {
      broken = true;
      await page.screenshot({ path: failureShot(`people-${task.name}`), fullPage: true }).catch(() => undefined);
      console.error(`browser problems so far:\n${problems.problems.join('\n')}\nserver output:\n${server.output()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds a department from the departments page', async () => {
    await page.goto('/login');
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('nav-people').click();
    await page.waitForURL((url) => url.pathname === '/people');
    await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), en.people.title);
    await page.goto('/people/departments');
    await page.getByLabel(en.people.fields.nameEn).fill('Sales');
    await page.getByLabel(en.people.fields.nameAr).fill('المبيعات');
    await page.getByTestId('add-department').click();
    await page.getByTestId('department-node').filter({ hasText: 'Sales' }).waitFor();
  });

  it('creates an employee with sensitive fields and lands on the employee page', async () => {
    await page.goto('/people/new');
    await page.getByLabel(en.people.fields.employeeNumber).fill('E-001');
    await page.getByLabel(en.people.fields.nameEn).fill('Omar Faris');
    await page.getByLabel(en.people.fields.nameAr).fill('عمر فارس');
    await page.getByLabel(en.people.fields.email).fill('omar@acme.test');
    await page.getByLabel(en.people.fields.hireDate).fill('2024-01-01');
    await page.getByLabel(en.people.fields.nationalId).fill('1098765432');
    await page.getByLabel(en.people.fields.iban).fill('SA03 8000 0000 6080 1016 7519');
    await pick(page, en.people.fields.department, 'Sales');
    await shot(page, 'en-people-01-form');
    await page.getByTestId('save-employee').click();
    await page.waitForURL((url) => url.pathname.startsWith('/people/employees/'));
    employeeUrl = new URL(page.url()).pathname;
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('timeline').textContent()).toContain('2024-01-01');
    expect(await page.getByTestId('sensitive-iban').textContent()).toBe(en.people.redacted);
  });

  it('reveals the sensitive fields on request (audited on the server) and lists the employee', async () => {
    await page.getByTestId('reveal').click();
    await expectText(page.getByTestId('sensitive-iban'), 'SA0380000000608010167519');
    await shot(page, 'en-people-02-employee');
    await page.goto('/people');
    await page.getByTestId('employees-table').getByText('Omar Faris').waitFor();
    await shot(page, 'en-people-03-list');
  });

  it('shows the people pages in Arabic, right to left', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), ar.people.title);
    await page.getByTestId('employees-table').getByText('عمر فارس').waitFor();
    await shot(page, 'ar-people-01-list');
    await page.goto(employeeUrl);
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('sensitive-iban').textContent()).toBe(ar.people.redacted);
    await shot(page, 'ar-people-02-employee');
    await page.goto('/people/departments');
    await page.getByTestId('department-node').filter({ hasText: 'المبيعات' }).waitFor();
    await shot(page, 'ar-people-03-departments');
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(problems.problems.filter((p) => !EXPECTED.some((e) => e.test(p)))).toEqual([]);
  });
});
