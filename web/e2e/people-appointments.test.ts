import ICAL from 'ical.js';
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
const OMAR_PASSWORD = 'omar has a long passphrase';
const TITLE = 'مقابلة عمل مع سارة';

describe.skipIf(unavailable !== undefined)(
  'people appointments: HR finds a free slot, schedules in Arabic, the attendee accepts in Arabic, the feed has it',
  () => {
    let hr: Page;
    let omar: Page;
    let appointmentUrl = '';

    const suite = browserSuite(['hr', 'omar'], (pages) => {
      ({ hr, omar } = pages);
    });
    const { problems } = suite;

    it('HR finds a free slot for a Berlin and a Riyadh attendee and schedules an interview with an Arabic title', async () => {
      await hr.goto('/login');
      await logIn(hr, ADMIN.email, ADMIN.password);
      await hr.waitForURL((url) => url.pathname === '/');
      const omarUser = await createUserViaApi(hr, suite.server.url, {
        email: 'omar@acme.test',
        password: OMAR_PASSWORD,
        displayName: 'Omar',
        locale: 'ar',
        timeZone: 'Europe/Berlin',
      });
      const employee = (n: string, nameEn: string, nameAr: string, timeZone: string, userId?: string) =>
        callApi(hr, 'POST', '/people/employees', {
          employeeNumber: n,
          nameEn,
          nameAr,
          hireDate: '2024-01-01',
          employmentType: 'full_time',
          workLocation: 'office',
          timeZone,
          userId,
        });
      await employee('E-001', 'Omar Faris', 'عمر فارس', 'Europe/Berlin', omarUser);
      await employee('E-002', 'Sara Nasser', 'سارة ناصر', 'Asia/Riyadh');
      await hr.getByTestId('nav-people_appointments').click();
      await hr.waitForURL((url) => url.pathname === '/people/appointments');
      await expectText(hr.getByRole('main').getByRole('heading', { level: 1 }), en.appointments.title);
      await hr.getByTestId('new-appointment').click();
      await hr.waitForURL((url) => url.pathname === '/people/appointments/new');
      await hr.getByTestId('title').fill(TITLE);
      await pick(hr, en.appointments.fields.kind, en.appointments.kinds.interview);
      await pick(hr, en.appointments.fields.attendees, 'Omar Faris (E-001)', 'Omar');
      await pick(hr, en.appointments.fields.attendees, 'Sara Nasser (E-002)', 'Sara');
      await hr.getByTestId('find-slots').click();
      const first = hr.getByTestId('free-slot').first();
      await first.waitFor();
      await shot(hr, 'en-appointments-01-free-slots');
      await first.click();
      expect(await hr.getByTestId('start').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      await hr.getByTestId('video-url').fill('https://meet.example.com/interview');
      await hr.getByTestId('save-appointment').click();
      await hr.waitForURL((url) => /^\/people\/appointments\/[0-9a-f-]{36}$/.test(url.pathname));
      appointmentUrl = new URL(hr.url()).pathname;
      await expectText(hr.getByRole('main').getByRole('heading', { level: 1 }), TITLE);
      await hr.getByTestId('attendees-table').waitFor();
      expect(await hr.getByTestId('attendees-table').textContent()).toContain('Europe/Berlin');
      await shot(hr, 'en-appointments-02-detail');
    });

    it('the attendee (Arabic) sees it, accepts it, and gets a private calendar address', async () => {
      await omar.goto('/login');
      await logIn(omar, 'omar@acme.test', OMAR_PASSWORD);
      await omar.waitForURL((url) => url.pathname === '/');
      await omar.getByTestId('lang-toggle').click();
      await omar.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
      await omar.goto('/people/appointments');
      await omar.getByTestId('appointment-row').filter({ hasText: TITLE }).waitFor();
      await omar.getByRole('link', { name: TITLE }).click();
      await omar.waitForURL((url) => url.pathname === appointmentUrl);
      await omar.getByRole('button', { name: ar.appointments.accept }).click();
      await expectText(omar.getByTestId('appointment-detail').getByTestId('response-badge'), ar.appointments.responses.accepted);
      await shot(omar, 'ar-appointments-03-accepted');
      await omar.goto('/people/appointments');
      await omar.getByTestId('create-feed').click();
      const url = ((await omar.getByTestId('feed-url').textContent()) ?? '').trim();
      expect(url).toMatch(/\/api\/v1\/people\/feed\/kcf_[A-Za-z0-9_-]{43}\.ics$/);
      await shot(omar, 'ar-appointments-04-my-calendar');
      const res = await fetch(url);
      expect(res.status).toBe(200);
      const text = await res.text();
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(1);
      expect(events[0]?.summary).toBe(TITLE);
      expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      // HR's page shows the acceptance
      await hr.reload();
      await expectText(hr.getByTestId('attendees-table').getByTestId('response-badge').first(), en.appointments.responses.accepted);
    });

    it('works on a phone, right to left', async () => {
      await omar.setViewportSize({ width: 390, height: 844 });
      await omar.goto('/people/appointments');
      await omar.getByTestId('appointment-row').first().waitFor();
      await shot(omar, 'ar-appointments-05-phone-list');
      await omar.goto(appointmentUrl);
      await omar.getByTestId('attendees-table').waitFor();
      await shot(omar, 'ar-appointments-06-phone-detail');
      const overflow = await omar.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      problems.expectNone(EXPECTED);
    });
  },
);
