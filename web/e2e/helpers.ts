import { join } from 'node:path';
import { generateSync } from 'otplib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { type PageProblems, type RunningServer, SCREENSHOTS } from './server';

export const ADMIN = { email: 'admin@acme.test', name: 'Amal Admin', password: 'correct horse battery staple' };

/**
 * A PNG under web/e2e/screenshots/ (git-ignored), once the page has settled. Full page by default; pass
 * `fullPage: false` while a modal is open (fixed overlays do not survive a full-page capture).
 */
export async function shot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
}

export const failureShot = (testName: string) => join(SCREENSHOTS, `failure-${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);

/** Types a 6-digit code into a Mantine PinInput (the first cell takes focus and the rest follow). */
export async function typePin(page: Page, testId: string, code: string): Promise<void> {
  await page.getByTestId(testId).locator('input').first().click();
  await page.keyboard.type(code);
}

/** Picks an option of a Mantine Select by its label; a searchable select is filtered first. */
export async function pick(page: Page, label: string, option: string, search?: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

export const totpStep = (at = Date.now()) => Math.floor(at / 30_000);

/**
 * A TOTP code for a step after `usedStep`: codes are single-use, so when the current 30-s step was already
 * spent, wait for the next one.
 */
export async function freshTotp(secret: string, usedStep: number): Promise<{ code: string; step: number }> {
  while (totpStep() <= usedStep) {
    const wait = (usedStep + 1) * 30_000 - Date.now() + 250;
    await new Promise((r) => setTimeout(r, Math.max(wait, 50)));
  }
  const now = Date.now();
  return { code: generateSync({ secret, epoch: Math.floor(now / 1000) }), step: totpStep(now) };
}

/** The user menu's sign-out, then the login page. */
export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-form').waitFor();
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByTestId('login-form');
  await form.getByRole('textbox', { name: /e-?mail/i }).fill(email);
  await form.locator('input[type="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
}

/** Waits until the element's visible text (trimmed) is `expected`; fails with what it showed instead. */
export async function expectText(locator: Locator, expected: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '(not found)';
  for (;;) {
    try {
      last = ((await locator.textContent({ timeout: 1_000 })) ?? '').trim();
      if (last === expected) return;
    } catch {
      // not there yet
    }
    if (Date.now() > deadline) throw new Error(`expected ${locator} to show "${expected}", it showed "${last}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** First-run setup over the API: the company "Acme Trading" (SAR, Asia/Riyadh) and ADMIN. */
export async function setupAcmeViaApi(serverUrl: string): Promise<void> {
  const res = await fetch(`${serverUrl}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      company: { name: 'Acme Trading', nameAr: 'شركة أكمي', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh', workWeek: [0, 1, 2, 3, 4] },
      admin: { email: ADMIN.email, displayName: ADMIN.name, password: ADMIN.password },
    }),
  });
  if (res.status !== 201) throw new Error(`setup answered ${res.status}: ${await res.text()}`);
}

/** A desktop page in Riyadh's time zone whose console errors and CSP violations `problems` collects. */
export async function watchedPage(browser: Browser, serverUrl: string, problems: PageProblems): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: serverUrl, viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Riyadh' });
  await problems.watchCsp(context);
  problems.watchContext(context);
  return { context, page: await context.newPage() };
}

/**
 * The steps of a file build on each other: after the first failure, keep a screenshot of each page
 * (named `<key>-<test>`), print what the browser and the server said, and skip the remaining steps.
 */
export function stopAtFirstFailure(pages: () => Record<string, Page>, problems: PageProblems, server: () => RunningServer): void {
  let broken = false;
  beforeEach(({ skip, onTestFailed, task }) => {
    if (broken) skip();
    onTestFailed(async () => {
      broken = true;
      for (const [key, page] of Object.entries(pages())) {
        await page.screenshot({ path: failureShot(key ? `${key}-${task.name}` : task.name), fullPage: true }).catch(() => undefined);
      }
      console.error(`browser problems so far:\n${problems.problems.join('\n')}\nserver output:\n${server().output()}`);
    });
  });
}

/** A call to the API from inside the signed-in page (its session cookie and CSRF token). */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json();
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
    { method, path, body },
  ) as Promise<T>;
}

/**
 * A user made by the admin (through `page`'s session) with the given roles, who then signs in once
 * with the one-time password and sets `password` as their own, over the API. Returns the user id.
 */
export async function createUserViaApi(
  page: Page,
  serverUrl: string,
  user: { email: string; password: string; displayName?: string; locale?: 'en' | 'ar'; timeZone?: string; roles?: string[] },
): Promise<string> {
  const roles = (await callApi<{ items: { id: string; key: string }[] }>(page, 'GET', '/roles')).items;
  const wanted = user.roles ?? ['employee'];
  const made = await callApi<{ user: { id: string }; oneTimePassword: string }>(page, 'POST', '/users', {
    email: user.email,
    displayName: user.displayName ?? user.email.split('@')[0],
    locale: user.locale ?? 'en',
    timeZone: user.timeZone ?? 'Asia/Riyadh',
    roleIds: roles.filter((r) => wanted.includes(r.key)).map((r) => r.id),
  });
  const login = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: serverUrl },
    body: JSON.stringify({ email: user.email, password: made.oneTimePassword }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const me = await (await fetch(`${serverUrl}/api/v1/me`, { headers: { cookie } })).json();
  const changed = await fetch(`${serverUrl}/api/v1/me/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: serverUrl, 'x-csrf-token': me.csrfToken },
    body: JSON.stringify({ currentPassword: made.oneTimePassword, newPassword: user.password }),
  });
  if (changed.status !== 204) throw new Error(`password change answered ${changed.status}`);
  return made.user.id;
}
