import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../src/i18n/ar';
import en from '../src/i18n/en';
import { ADMIN, expectText, logIn, logOut, setupAcmeViaApi, shot, stopAtFirstFailure } from './helpers';
import { e2eUnavailable, launchBrowser, PageProblems, type RunningServer, startServer } from './server';

const unavailable = e2eUnavailable();

const FINANCE = { email: 'sara@acme.test', name: 'Sara Finance', password: 'ledger lines balance every month' };

/** A signed-out visitor's GET /me is answered 401 by design; Chromium logs every failed fetch. */
const EXPECTED = [/status of 401 .*\/api\/v1\/me\)$/];

describe.skipIf(unavailable !== undefined)('administration: users, roles in practice, audit, API tokens', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let financeContext: BrowserContext;
  let admin: Page;
  let finance: Page;
  const problems = new PageProblems();
  let oneTimePassword = '';

  async function newContext(): Promise<BrowserContext> {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Asia/Riyadh',
    });
    await problems.watchCsp(context);
    problems.watchContext(context);
    return context;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // The first run itself is platform.test.ts's subject: here it goes through the API.
    await setupAcmeViaApi(server.url);
    adminContext = await newContext();
    financeContext = await newContext();
    admin = await adminContext.newPage();
    finance = await financeContext.newPage();
    admin.setDefaultTimeout(15_000);
    finance.setDefaultTimeout(15_000);
  });

  stopAtFirstFailure(
    () => ({ admin: admin, finance: finance }),
    problems,
    () => server,
  );

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('admin creates a user with the finance role and sees the one-time password once', async () => {
    await admin.goto('/');
    await admin.waitForURL((url) => url.pathname === '/login');
    await logIn(admin, ADMIN.email, ADMIN.password);
    await admin.waitForURL((url) => url.pathname === '/');

    await admin.getByTestId('nav-users').click();
    await admin.waitForURL((url) => url.pathname === '/admin/users');
    await admin.getByTestId('create-user').click();
    const form = admin.getByTestId('create-user-form');
    await form.getByRole('textbox', { name: en.common.email, exact: true }).fill(FINANCE.email);
    await form.getByRole('textbox', { name: en.common.displayName, exact: true }).fill(FINANCE.name);
    await form.getByRole('checkbox', { name: 'Finance', exact: true }).check();
    await shot(admin, 'en-10-users-create', { fullPage: false });
    await form.getByRole('button', { name: en.common.create, exact: true }).click();

    const dialog = admin.getByRole('dialog', { name: en.users.oneTimePasswordTitle.replace('{{email}}', FINANCE.email) });
    oneTimePassword = ((await dialog.getByTestId('secret-value').textContent()) ?? '').trim();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
    await shot(admin, 'en-11-users-one-time-password', { fullPage: false });
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const row = admin.getByRole('row').filter({ hasText: FINANCE.email });
    await row.waitFor();
    expect(await row.textContent()).toContain('Finance');
    // Shown once: nothing on the page still holds it.
    expect(await admin.content()).not.toContain(oneTimePassword);
    await shot(admin, 'en-12-users');
  });

  it('the new user signs in elsewhere, must change the password, then sees only what finance allows', async () => {
    await finance.goto('/login');
    await logIn(finance, FINANCE.email, oneTimePassword);
    await finance.waitForURL((url) => url.pathname === '/change-password');
    await expectText(finance.getByRole('heading', { level: 1 }), en.stage.passwordTitle);
    const form = finance.getByTestId('password-form');
    await form.getByRole('textbox', { name: en.common.currentPassword, exact: true }).fill(oneTimePassword);
    await form.getByRole('textbox', { name: en.profile.newPassword, exact: true }).fill(FINANCE.password);
    await form.getByRole('textbox', { name: en.profile.confirmPassword, exact: true }).fill(FINANCE.password);
    await shot(finance, 'en-13-finance-change-password');
    await form.getByRole('button', { name: en.profile.changePassword }).click();
    await finance.waitForURL((url) => url.pathname === '/');
    await expectText(finance.getByRole('heading', { level: 1 }), en.home.title.replace('{{name}}', FINANCE.name));

    const nav = finance.getByRole('navigation', { name: en.app.mainNavigation });
    for (const key of ['home', 'notifications', 'profile']) await nav.getByTestId(`nav-${key}`).waitFor();
    for (const key of ['users', 'roles', 'audit']) {
      expect(await nav.getByTestId(`nav-${key}`).count(), `finance must not see nav-${key}`).toBe(0);
      expect(await finance.getByTestId(`home-${key}`).count(), `finance must not see home-${key}`).toBe(0);
    }
    await shot(finance, 'en-14-finance-home');

    for (const path of ['/admin/users', '/admin/roles', '/admin/audit']) {
      await finance.goto(path);
      await expectText(finance.getByRole('main').getByRole('alert'), en.errors.FORBIDDEN);
    }
    await finance.goto('/admin/users');
    await expectText(finance.getByRole('main').getByRole('alert'), en.errors.FORBIDDEN);
    await shot(finance, 'en-15-finance-forbidden');

    // The server agrees: the same request with the finance session is refused.
    // (Asked from here, not from the page, so the page's console stays free of the 403 it would log.)
    const cookies = await financeContext.cookies(server.url);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect(cookie).toContain('kawalis_session=');
    const res = await fetch(`${server.url}/api/v1/users`, { headers: { cookie } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it('admin finds user.created in the audit log and verifies the chain', async () => {
    await admin.getByTestId('nav-audit').click();
    await admin.waitForURL((url) => url.pathname === '/admin/audit');
    const table = admin.getByTestId('audit-table');
    const created = table.getByRole('row').filter({ hasText: 'user.created' });
    await created.first().waitFor();
    expect(await created.count()).toBeGreaterThanOrEqual(1);
    expect(await table.textContent()).toContain(ADMIN.email);

    await admin.getByTestId('verify-chain').click();
    const result = admin.getByTestId('verify-result');
    await result.waitFor();
    const ok = new RegExp(`^${en.audit.verifyOk.replace('.', '\\.').replace('{{checked}}', '[\\d,]+')}$`);
    expect(((await result.textContent()) ?? '').trim()).toMatch(ok);
    await shot(admin, 'en-16-audit-verified');
  });

  it('admin creates an API token, shown once, that works as a Bearer token', async () => {
    await admin.getByTestId('nav-profile').click();
    await admin.waitForURL((url) => url.pathname === '/profile');
    const form = admin.getByTestId('create-token-form');
    await form.getByRole('textbox', { name: en.profile.tokenName, exact: true }).fill('e2e reporting');
    const permissions = form.getByRole('combobox', { name: en.profile.tokenPermissions, exact: true });
    await permissions.fill('platform.users.read');
    await admin.getByRole('option', { name: 'platform.users.read', exact: true }).click();
    await admin.keyboard.press('Escape');
    await form.getByRole('button', { name: en.profile.createToken }).click();

    const dialog = admin.getByRole('dialog', { name: en.profile.newTokenTitle });
    const token = ((await dialog.getByTestId('secret-value').textContent()) ?? '').trim();
    expect(token.length).toBeGreaterThan(20);
    await shot(admin, 'en-17-token-created', { fullPage: false });
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByTestId('tokens-table').getByRole('row').filter({ hasText: 'e2e reporting' }).waitFor();
    expect(await admin.content()).not.toContain(token);

    const res = await fetch(`${server.url}/api/v1/users`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { email: string }[] };
    expect(body.items.map((u) => u.email).sort()).toEqual([ADMIN.email, FINANCE.email].sort());
    // Only what it was given: reading the audit log needs a permission the token does not carry.
    const audit = await fetch(`${server.url}/api/v1/audit`, { headers: { Authorization: `Bearer ${token}` } });
    expect(audit.status).toBe(403);
  });

  it('the admin pages in Arabic, on a desktop and on a phone, without sideways page scrolling', async () => {
    await admin.getByTestId('lang-toggle').click();
    await admin.waitForFunction(() => document.documentElement.dir === 'rtl');
    for (const [path, name, heading] of [
      ['/admin/users', 'users', ar.users.title],
      ['/admin/roles', 'roles', ar.roles.title],
      ['/admin/audit', 'audit', ar.audit.title],
      ['/profile', 'profile', ar.profile.title],
    ] as const) {
      for (const [width, height, device] of [
        [1280, 800, 'desktop'],
        [390, 844, 'phone'],
      ] as const) {
        await admin.setViewportSize({ width, height });
        await admin.goto(path);
        await expectText(admin.getByRole('main').getByRole('heading', { level: 1 }), heading);
        await admin.getByRole('main').getByRole('table').first().waitFor();
        await shot(admin, `ar-admin-${name}-${device}`);
        const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} on a ${device} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      }
    }
    await admin.setViewportSize({ width: 1280, height: 800 });
  });

  it('both sign out; no console errors or CSP violations on the way', async () => {
    await logOut(finance);
    await logOut(admin);
    problems.expectNone(EXPECTED);
  });
});
