import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { ADMIN, expectText, freshTotp, logIn, logOut, pick, shot, stopAtFirstFailure, typePin } from './helpers';
import { e2eUnavailable, launchBrowser, PageProblems, type RunningServer, startServer } from './server';

const unavailable = e2eUnavailable();

/** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
const EXPECTED = [
  /status of 401 .*\/api\/v1\/me\)$/,
  // The wrong second-factor code the test sends on purpose.
  /status of 401 .*\/api\/v1\/auth\/mfa\)$/,
];

describe.skipIf(unavailable !== undefined)('first run: setup, 2FA, sign-in, Arabic', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems = new PageProblems();
  let secret = '';
  let usedStep = 0;
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Asia/Riyadh',
    });
    await problems.watchCsp(context);
    problems.watchContext(context);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  // The steps build on each other: after a failure, keep its screenshot and skip the rest.
  stopAtFirstFailure(
    () => ({ '': page }),
    problems,
    () => server,
  );

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends the first visit to the setup page, which creates the company and the administrator', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/setup');
    const form = page.getByTestId('setup-form');
    await expectText(form.getByRole('heading', { level: 1 }), en.setup.title);
    await shot(page, 'en-01-setup');

    // The same form in Arabic, before anyone is signed in: the choice lives in the browser only.
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expectText(form.getByRole('heading', { level: 1 }), ar.setup.title);
    await shot(page, 'ar-00-setup');
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr' && document.documentElement.lang === 'en');

    await form.getByRole('textbox', { name: en.setup.companyName, exact: true }).fill('Acme Trading');
    await form.getByRole('textbox', { name: en.setup.companyNameAr, exact: true }).fill('شركة أكمي للتجارة');
    await pick(page, en.setup.baseCurrency, 'SAR', 'SAR');
    await pick(page, en.setup.companyLanguage, en.languages.en);
    await pick(page, en.common.timeZone, 'Asia/Riyadh', 'Riyadh');
    for (const [day, on] of [
      ['Sunday', true],
      ['Monday', true],
      ['Tuesday', true],
      ['Wednesday', true],
      ['Thursday', true],
      ['Friday', false],
      ['Saturday', false],
    ] as const) {
      await form.getByRole('checkbox', { name: day }).setChecked(on);
    }
    await form.getByRole('textbox', { name: en.common.email, exact: true }).fill(ADMIN.email);
    await form.getByRole('textbox', { name: en.common.displayName, exact: true }).fill(ADMIN.name);
    await form.getByRole('textbox', { name: en.common.password, exact: true }).fill(ADMIN.password);
    await form.getByRole('textbox', { name: en.setup.confirmPassword, exact: true }).fill(ADMIN.password);
    await shot(page, 'en-02-setup-filled');
    await form.getByRole('button', { name: en.setup.submit }).click();

    await page.getByTestId('setup-done').waitFor();
    await expectText(page.getByRole('heading', { level: 1 }), en.setup.doneTitle);
    await shot(page, 'en-03-setup-done-offer-2fa');
  });

  it('enrols TOTP 2FA and shows the recovery codes once', async () => {
    await page.getByTestId('totp-start').click();
    secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByTestId('totp-qr').waitFor();
    await shot(page, 'en-04-2fa-scan');

    const { code, step } = await freshTotp(secret, 0);
    usedStep = step;
    await typePin(page, 'totp-code', code);
    await page.getByRole('button', { name: en.mfa.confirm }).click();

    const value = page.getByTestId('secret-value');
    await value.waitFor();
    recoveryCodes = ((await value.textContent()) ?? '').split(/\s+/).filter(Boolean);
    expect(recoveryCodes.length).toBeGreaterThanOrEqual(8);
    await shot(page, 'en-05-2fa-recovery-codes');

    await page.getByTestId('recovery-done').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('user-menu').waitFor();
    const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
    expect(me.user.mfaEnabled).toBe(true);
    expect(me.stage).toBe('full');
  });

  it('signs out, then in again with the password and a fresh second-factor code', async () => {
    await logOut(page);
    await shot(page, 'en-06-login');
    await logIn(page, ADMIN.email, ADMIN.password);

    await page.waitForURL((url) => url.pathname === '/login/mfa');
    await page.getByTestId('mfa-form').waitFor();
    await shot(page, 'en-07-2fa-challenge');

    // "Back to sign in" ends the half-signed-in session; signing in again returns to the challenge.
    await page.getByRole('button', { name: en.login.backToLogin }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/login/mfa');
    await page.getByTestId('mfa-form').waitFor();

    // A wrong code is refused and the form stays.
    await typePin(page, 'mfa-code', '000000');
    await page.getByTestId('mfa-form').getByRole('button', { name: en.login.verify }).click();
    await expectText(page.getByTestId('mfa-form').getByRole('alert'), en.login.mfaWrong);
    await shot(page, 'en-07b-2fa-wrong-code');
    const { code, step } = await freshTotp(secret, usedStep);
    expect(step).toBeGreaterThan(usedStep);
    usedStep = step;
    await typePin(page, 'mfa-code', code);
    await page.getByTestId('mfa-form').getByRole('button', { name: en.login.verify }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('lists on the home page the modules and pages the administrator may use', async () => {
    await expectText(page.getByRole('heading', { level: 1 }), en.home.title.replace('{{name}}', ADMIN.name));
    const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
    for (const key of ['users', 'roles', 'audit', 'notifications', 'profile']) {
      await page.getByTestId(`home-${key}`).waitFor();
      await expectText(page.getByTestId(`nav-${key}`), (en.nav as Record<string, string>)[key]);
    }
    for (const item of me.nav as { key: string }[]) {
      await page.getByTestId(`home-${item.key}`).waitFor();
      await page.getByTestId(`nav-${item.key}`).waitFor();
    }
    await shot(page, 'en-08-home');
  });

  it('switches to Arabic: right-to-left, Arabic navigation, saved on the profile', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');

    const nav = page.getByRole('navigation', { name: ar.app.mainNavigation });
    for (const key of ['home', 'notifications', 'profile', 'users', 'roles', 'audit'] as const) {
      await expectText(nav.getByTestId(`nav-${key}`), ar.nav[key]);
    }
    const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
    expect(me.user.locale).toBe('ar');
    for (const item of me.nav as { key: string; label: string }[]) {
      // Each entry names its own translation key (a module's entries live in the module's catalogue).
      const label =
        (ar.nav as Record<string, string>)[item.key] ??
        item.label.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], ar);
      expect(typeof label, `the Arabic catalogue has neither nav.${item.key} nor ${item.label}`).toBe('string');
      await expectText(nav.getByTestId(`nav-${item.key}`), label as string);
    }
    await expectText(page.getByRole('heading', { level: 1 }), ar.home.title.replace('{{name}}', ADMIN.name));
    await shot(page, 'ar-01-home');

    // The same page on a phone: the navigation folds behind the burger.
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'ar-02-home-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `the home page on a phone scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await page.getByTestId('burger').click();
    await nav.getByTestId('nav-users').waitFor();
    await shot(page, 'ar-03-home-phone-menu');
    await page.getByTestId('burger').click();
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByTestId('nav-profile').click();
    await page.waitForURL((url) => url.pathname === '/profile');
    await shot(page, 'ar-04-profile');
  });

  it('signs out in Arabic', async () => {
    await logOut(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectText(page.getByRole('heading', { level: 1 }), ar.login.title);
    await shot(page, 'ar-05-login');
    const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.status));
    expect(me).toBe(401);
    problems.expectNone(EXPECTED);
  });
});
