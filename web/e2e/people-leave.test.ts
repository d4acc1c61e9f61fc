import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { ADMIN, callApi, createUserViaApi, expectText, logIn, pick, shot } from './helpers';
import { e2eUnavailable } from './server';
import { browserSuite } from './suite';

const unavailable = e2eUnavailable();
/** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
const EXPECTED = [/status of 401 .*\/api\/v1\/me\)$/];
const PASSWORD = 'a long passphrase for leave';

/** Sunday to Tuesday of a week at least a week ahead, inside one month: three working days of a Sunday–Thursday week. */
function nextLeave(): { from: string; to: string; monthsAhead: number } {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7);
  while (d.getUTCDay() !== 0 || new Date(d.getTime() + 2 * 86_400_000).getUTCMonth() !== d.getUTCMonth()) d.setUTCDate(d.getUTCDate() + 1);
  const now = new Date();
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  return {
    from: iso(d),
    to: iso(new Date(d.getTime() + 2 * 86_400_000)),
    monthsAhead: (d.getUTCFullYear() - now.getUTCFullYear()) * 12 + d.getUTCMonth() - now.getUTCMonth(),
  };
}

describe.skipIf(unavailable !== undefined)(
  'people leave: an employee asks for 3 days, the manager approves in Arabic, the balance drops, the team calendar shows it',
  () => {
    let admin: Page;
    let omar: Page;
    let maha: Page;
    const leave = nextLeave();

    const suite = browserSuite(['admin', 'omar', 'maha'], (pages) => {
      ({ admin, omar, maha } = pages);
    });
    const { problems } = suite;

    it('HR sets up a team: a manager who reads Arabic, an employee, annual leave of 21 days a year', async () => {
      await admin.goto('/login');
      await logIn(admin, ADMIN.email, ADMIN.password);
      await admin.waitForURL((url) => url.pathname === '/');
      const mahaUser = await createUserViaApi(admin, suite.server.url, { email: 'maha@acme.test', password: PASSWORD, locale: 'ar' });
      const omarUser = await createUserViaApi(admin, suite.server.url, { email: 'omar@acme.test', password: PASSWORD, locale: 'en' });
      const sales = await callApi<{ id: string }>(admin, 'POST', '/people/departments', { nameEn: 'Sales', nameAr: 'المبيعات' });
      const employee = (n: string, nameEn: string, nameAr: string, extra: Record<string, unknown>) =>
        callApi<{ id: string }>(admin, 'POST', '/people/employees', {
          employeeNumber: n,
          nameEn,
          nameAr,
          hireDate: `${new Date().getUTCFullYear()}-01-01`,
          employmentType: 'full_time',
          workLocation: 'office',
          timeZone: 'Asia/Riyadh',
          departmentId: sales.id,
          ...extra,
        });
      const mahaRecord = await employee('E-010', 'Maha Saleh', 'مها صالح', { userId: mahaUser });
      await employee('E-001', 'Omar Faris', 'عمر فارس', { userId: omarUser, managerId: mahaRecord.id });
      const annual = await callApi<{ id: string }>(admin, 'POST', '/people/leave-types', { code: 'annual', nameEn: 'Annual leave', nameAr: 'إجازة سنوية' });
      await callApi(admin, 'PUT', `/people/leave-types/${annual.id}/policy`, { employmentType: 'all', accrual: 'yearly', daysPerYear: 21, carryOverCap: null });
      await admin.goto('/people/leave?tab=adjust');
      await admin.getByTestId('leave-adjustment-form').waitFor();
      await shot(admin, 'en-leave-05-adjustments');
    });

    it('the employee sees the working days before sending, sends, and the manager is notified', async () => {
      await omar.goto('/login');
      await logIn(omar, 'omar@acme.test', PASSWORD);
      await omar.waitForURL((url) => url.pathname === '/');
      await omar.getByTestId('nav-people_leave').click();
      await omar.waitForURL((url) => url.pathname === '/people/leave');
      await expectText(omar.getByRole('main').getByRole('heading', { level: 1 }), en.leaveRequests.title);
      await expectText(omar.getByTestId('annual-available'), '21');
      await pick(omar, en.leaveRequests.type, 'Annual leave');
      await omar.getByTestId('leave-from').fill(leave.from);
      await omar.getByTestId('leave-to').fill(leave.to);
      await expectText(omar.getByTestId('working-days-preview'), '3 working days · 21 available on the first day');
      await shot(omar, 'en-leave-01-request');
      await omar.getByTestId('submit-leave').click();
      await omar.getByTestId('leave-submitted').waitFor();
      await expectText(omar.getByTestId('requests-mine').getByTestId('request-status'), en.leaveRequests.statuses.pending);
      await expectText(omar.getByTestId('annual-pending'), '3');
      // the same dates again: refused under the first-day field, nothing added
      await pick(omar, en.leaveRequests.type, 'Annual leave');
      await omar.getByTestId('leave-from').fill(leave.from);
      await omar.getByTestId('leave-to').fill(leave.from);
      await omar.getByTestId('submit-leave').click();
      await omar.getByText(en.leaveRequests.refusals.overlap.replace('{{from}}', leave.from).replace('{{to}}', leave.to)).waitFor();
      expect(await omar.getByTestId('leave-request-row').count()).toBe(1);
    });

    it('the manager approves in Arabic; nobody else is asked', async () => {
      await maha.goto('/login');
      await logIn(maha, 'maha@acme.test', PASSWORD);
      await maha.waitForURL((url) => url.pathname === '/');
      if ((await maha.locator('html').getAttribute('dir')) !== 'rtl') await maha.getByTestId('lang-toggle').click();
      await maha.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
      const notices = await callApi<{ items: { title: string }[] }>(maha, 'GET', '/notifications');
      expect(notices.items.map((n) => n.title)).toContain('طلب إجازة من عمر فارس');
      await maha.goto('/people/leave?tab=approvals');
      await expectText(maha.getByRole('main').getByRole('heading', { level: 1 }), ar.leaveRequests.title);
      const row = maha.getByTestId('requests-inbox').getByTestId('leave-request-row').filter({ hasText: 'عمر فارس' });
      await row.waitFor();
      await shot(maha, 'ar-leave-02-inbox');
      await row.getByTestId('approve-leave').click();
      await maha.getByTestId('no-requests-inbox').waitFor();
      await expectText(maha.getByTestId('no-requests-inbox'), ar.leaveRequests.inboxEmpty);
    });

    it('the balance drops by the three days and the request shows approved', async () => {
      await omar.reload();
      await expectText(omar.getByTestId('annual-available'), '18');
      await expectText(omar.getByTestId('annual-booked'), '3');
      await expectText(omar.getByTestId('requests-mine').getByTestId('request-status'), en.leaveRequests.statuses.approved);
      await shot(omar, 'en-leave-03-approved');
    });

    it('the team calendar shows the absence (English, Arabic right to left, and on a phone)', async () => {
      const open = async (page: Page) => {
        await page.goto('/people/leave?tab=calendar');
        await page.getByTestId('team-calendar').waitFor();
        for (let i = 0; i < leave.monthsAhead; i++) {
          const before = await page.getByTestId('calendar-month').textContent();
          await page.getByTestId('next-month').click();
          await page.waitForFunction((b) => document.querySelector('[data-testid="calendar-month"]')?.textContent !== b, before);
        }
        const person = page.getByTestId('calendar-person').filter({ hasText: page === maha ? 'عمر فارس' : 'Omar Faris' });
        for (const date of [leave.from, leave.to]) await person.locator(`td[data-date="${date}"][data-away="approved"]`).waitFor();
      };
      await open(omar);
      await shot(omar, 'en-leave-04-team-calendar');
      await open(maha);
      await shot(maha, 'ar-leave-04-team-calendar');
      await maha.setViewportSize({ width: 390, height: 844 });
      await open(maha);
      await shot(maha, 'ar-leave-06-phone-calendar');
      await maha.goto('/people/leave');
      await maha.getByTestId('leave-request-form').waitFor();
      await shot(maha, 'ar-leave-07-phone-my-leave');
      // the refusal on purpose: a 409 for the overlapping request
      expect(problems.problems.filter((p) => !EXPECTED.some((e) => e.test(p)) && !/status of 409 .*\/people\/leave-requests\)$/.test(p))).toEqual([]);
    });
  },
);
