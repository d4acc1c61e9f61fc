import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { ADMIN, callApi, expectText, logIn, pick, shot } from './helpers';
import { e2eUnavailable } from './server';
import { browserSuite } from './suite';

const unavailable = e2eUnavailable();
/**
 * A signed-out visitor's GET /me is answered 401 by design, and the refusals these tests provoke on
 * purpose (a job change before the hire date, a malformed amount, a second holiday on a date); Chromium logs every failed fetch.
 */
const EXPECTED = [
  /status of 401 .*\/api\/v1\/me\)$/,
  /status of 409 .*\/job-changes\)$/,
  /status of 400 .*\/compensation\)$/,
  /status of 409 .*\/people\/holidays\)$/,
];

describe.skipIf(unavailable !== undefined)(
  'people: departments, a new employee, edit, job and pay changes on the timeline, an audited reveal, CSV import and export, Arabic',
  () => {
    let page: Page;
    let employeeUrl = '';

    const suite = browserSuite(['people'], (pages) => {
      page = pages.people;
    });
    const { problems } = suite;

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
      await page.getByLabel(en.people.fields.nameEn).fill('Finance');
      await page.getByLabel(en.people.fields.nameAr).fill('المالية');
      await page.getByTestId('add-department').click();
      await page.getByTestId('department-node').filter({ hasText: 'Finance' }).waitFor();
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

    it('edits the employee and links them to a user account', async () => {
      await page.goto(employeeUrl);
      await page.getByTestId('edit-employee').click();
      const form = page.getByTestId('edit-employee-form');
      await form.getByLabel(en.people.fields.phone).fill('+966 50 123 4567');
      await pick(page, en.people.fields.user, `${ADMIN.name} <${ADMIN.email}>`);
      await shot(page, 'en-people-04-edit');
      await page.getByTestId('save-edit').click();
      await form.waitFor({ state: 'detached' });
      await page.getByText('+966 50 123 4567').waitFor();
      await page.getByText(en.people.userLinked).waitFor();
    });

    it('records a job change: a date before the hire date is refused on its field, a valid one shows on the timeline', async () => {
      // a manager to report to, found by typing (the picker asks the server; it does not load every employee)
      await callApi(page, 'POST', '/people/employees', {
        employeeNumber: 'E-900',
        nameEn: 'Maha Saleh',
        nameAr: 'مها صالح',
        hireDate: '2020-01-01',
        employmentType: 'full_time',
        workLocation: 'office',
        timeZone: 'Asia/Riyadh',
      });
      await page.getByTestId('record-job-change').click();
      const form = page.getByTestId('job-change-form');
      await form.getByLabel(en.people.fields.effectiveDate).fill('2023-06-01');
      await pick(page, en.people.fields.department, 'Finance');
      await pick(page, en.people.fields.manager, 'Maha Saleh', 'mah');
      await pick(page, en.people.fields.reason, en.people.reasons.promotion);
      await page.getByTestId('save-job-change').click();
      await expectText(form.locator('.mantine-TextInput-error'), 'The change takes effect before the hire date (2024-01-01)');
      expect(await form.getByLabel(en.people.fields.effectiveDate).getAttribute('aria-invalid')).toBe('true');
      await shot(page, 'en-people-05-job-refused');
      await form.getByLabel(en.people.fields.effectiveDate).fill('2025-03-01');
      await page.getByTestId('save-job-change').click();
      await form.waitFor({ state: 'detached' });
      const timeline = page.getByTestId('timeline');
      const manager = en.people.timeline.manager.replace('{{name}}', 'Maha Saleh');
      await timeline.getByText(`Finance · ${manager} · ${en.people.reasons.promotion}`).waitFor();
      expect(await timeline.textContent()).toContain(`Sales · ${en.people.reasons.hire}`);
    });

    it('records a pay change: a malformed amount is refused on the amount field; the revealed pay shows on the timeline', async () => {
      await page.getByTestId('record-pay-change').click();
      const form = page.getByTestId('pay-change-form');
      await form.getByLabel(en.people.fields.effectiveDate).fill('2025-04-01');
      await form.getByLabel(en.people.fields.amount).fill('12,500');
      await form.getByLabel(en.people.fields.reason).fill('Annual review');
      await page.getByTestId('save-pay-change').click();
      await expectText(form.locator('.mantine-TextInput-error'), 'A positive decimal amount such as 18.50');
      expect(await form.getByLabel(en.people.fields.amount).getAttribute('aria-invalid')).toBe('true');
      await form.getByLabel(en.people.fields.amount).fill('12500.00');
      await page.getByTestId('save-pay-change').click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId('reveal').click();
      await page.getByTestId('timeline').getByText(`12500.00 SAR / ${en.people.basis.month} · Annual review`).waitFor();
      await shot(page, 'en-people-06-timeline');
    });

    it('imports employees from CSV all or nothing, and exports them', async () => {
      await page.goto('/people');
      await page.getByTestId('import-employees').click();
      await page.waitForURL((url) => url.pathname === '/people/import');
      const header = 'employeeNumber,nameEn,nameAr,hireDate,employmentType,workLocation,timeZone,department,managerNumber';
      const good = 'E-002,Sara Nasser,سارة ناصر,2024-02-01,full_time,office,Asia/Riyadh,Sales,E-001';
      await page.getByTestId('import-csv').fill(`${header}\n${good}\nE-003,Bad Row,صف خاطئ,2024-13-01,full_time,office,Asia/Riyadh,Nowhere,`);
      await page.getByTestId('run-import').click();
      await page.getByTestId('import-refused').waitFor();
      const report = page.getByTestId('import-report');
      expect(await report.textContent()).toContain('hireDate');
      expect(await report.textContent()).toContain('No department named Nowhere');
      await shot(page, 'en-people-07-import-refused');
      await page.getByTestId('import-csv').fill(`${header}\n${good}`);
      await page.getByTestId('run-import').click();
      await page.getByTestId('import-done').waitFor();
      await page.goto('/people');
      await page.getByTestId('employees-table').getByText('Sara Nasser').waitFor();
      const download = page.waitForEvent('download');
      await page.getByTestId('export-employees').click();
      expect((await download).suggestedFilename()).toBe('employees.csv');
    });

    it('adds a leave type with a yearly policy; the employee page shows the derived balance', async () => {
      await page.goto('/people');
      await page.getByTestId('leave-types').click();
      await page.waitForURL((url) => url.pathname === '/people/leave-types');
      const form = page.getByTestId('leave-type-form');
      await form.getByLabel(en.people.leave.code).fill('annual');
      await form.getByLabel(en.people.fields.nameEn).fill('Annual leave');
      await form.getByLabel(en.people.fields.nameAr).fill('إجازة سنوية');
      await page.getByTestId('add-leave-type').click();
      await page.getByTestId('leave-type').filter({ hasText: 'Annual leave' }).waitFor();
      await page.getByTestId('save-leave-policy').click();
      await page.getByTestId('leave-policies').getByText(en.people.leave.allTypes).waitFor();
      await shot(page, 'en-people-09-leave-types');
      await page.goto(employeeUrl);
      // hired on 2024-01-01: 21 days on each 1 January since
      const accrued = String(21 * (new Date().getFullYear() - 2023));
      const row = page.getByTestId('leave-balances').getByRole('row').filter({ hasText: 'Annual leave' });
      await row.getByRole('cell', { name: accrued, exact: true }).first().waitFor();
    });

    it('keeps the company calendar: holidays by year, a second one on a date refused on the date field, a CSV import', async () => {
      const year = new Date().getFullYear();
      await page.goto('/people');
      await page.getByTestId('company-calendar').click();
      await page.waitForURL((url) => url.pathname === '/people/calendar');
      await page.getByTestId('no-holidays').waitFor();
      // the company works Sunday to Thursday
      expect(await page.getByTestId('work-week').textContent()).toContain('Sunday');
      const before = await page.getByTestId('working-days').textContent();
      const form = page.getByTestId('holiday-form');
      const add = async (date: string, nameEn: string, nameAr: string) => {
        await form.getByLabel(en.people.calendar.date).fill(date);
        await form.getByLabel(en.people.fields.nameEn).fill(nameEn);
        await form.getByLabel(en.people.fields.nameAr).fill(nameAr);
        await page.getByTestId('add-holiday').click();
      };
      await add(`${year}-09-23`, 'National Day', 'اليوم الوطني');
      await page.getByTestId('holidays-table').getByText('National Day').waitFor();
      await add(`${year}-09-23`, 'Twice', 'مرتين');
      await expectText(form.locator('.mantine-TextInput-error'), `A holiday on ${year}-09-23 exists`);
      await page.getByTestId('toggle-holiday-import').click();
      await page
        .getByTestId('holiday-csv')
        .fill(`date,nameEn,nameAr,halfDay\n${year}-02-22,Founding Day,يوم التأسيس,no\n${year}-12-31,Year end,نهاية السنة,yes\n`);
      await page.getByTestId('run-holiday-import').click();
      await page.getByTestId('import-done').waitFor();
      await page.getByTestId('holidays-table').getByText('Founding Day').waitFor();
      expect(await page.getByTestId('holidays-table').locator('tbody tr').count()).toBe(3);
      expect(await page.getByTestId('working-days').textContent()).not.toBe(before);
      await shot(page, 'en-people-08-calendar');
      await page.getByTestId('next-year').click();
      await page.getByTestId('no-holidays').waitFor();
      await page.getByTestId('previous-year').click();
      await page.getByTestId('holidays-table').waitFor();
      await page.goto('/people');
      await page.getByTestId('employees-table').waitFor();
    });

    it('shows the people pages in Arabic, right to left', async () => {
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await expectText(page.getByRole('main').getByRole('heading', { level: 1 }), ar.people.title);
      await page.getByTestId('employees-table').getByText('عمر فارس').waitFor();
      await shot(page, 'ar-people-01-list');
      await page.goto(employeeUrl);
      const manager = ar.people.timeline.manager.replace('{{name}}', 'مها صالح');
      await page.getByTestId('timeline').getByText(`المالية · ${manager} · ${ar.people.reasons.promotion}`).waitFor();
      expect(await page.getByTestId('timeline').textContent()).toContain(ar.people.reasons.hire);
      expect(await page.getByTestId('sensitive-iban').textContent()).toBe(ar.people.redacted);
      await shot(page, 'ar-people-02-employee');
      await page.getByTestId('record-pay-change').click();
      await page.getByTestId('pay-change-form').waitFor();
      await shot(page, 'ar-people-04-pay-change');
      await page.keyboard.press('Escape');
      await page.getByTestId('pay-change-form').waitFor({ state: 'detached' });
      await page.goto('/people/departments');
      await page.getByTestId('department-node').filter({ hasText: 'المبيعات' }).waitFor();
      await shot(page, 'ar-people-03-departments');
      await page.goto('/people/calendar');
      await page.getByTestId('holidays-table').getByText('اليوم الوطني').waitFor();
      await shot(page, 'ar-people-05-calendar');
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.dir === 'ltr');
      expect(problems.problems.filter((p) => !EXPECTED.some((e) => e.test(p)))).toEqual([]);
    });
  },
);
