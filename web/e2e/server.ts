import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = process.env.KAWALIS_WEB_DIST ?? join(ROOT, 'web/dist');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Whether the browser suite can run. Under CI a missing chromium (or an unbuilt web app) is an error,
 * never a skip; on a workstation the suite is skipped with a message.
 */
export function e2eUnavailable(): string | undefined {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM)) problems.push(`no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`);
  if (!existsSync(join(WEB_DIST, 'index.html'))) problems.push('the web app is not built: run `npm run build:web` first');
  if (problems.length === 0) return undefined;
  const message = `e2e: ${problems.join('; ')}`;
  if (process.env.CI === 'true') throw new Error(`${message} — CI=true, so the e2e suite fails instead of skipping`);
  console.warn(`${message} — skipping the e2e suite`);
  return message;
}

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`e2e: no Chromium at ${CHROMIUM}`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => res(port));
    });
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  /** The server's stderr and stdout so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node --import tsx src/main.ts serve` on a fresh data directory and a free port; resolves once /readyz answers. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kawalis-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      // The server reads these too; a developer's own values must not leak into the test server.
      DATABASE_URL: '',
      KAWALIS_SECRET_KEY: '',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  let exited: number | null | undefined;
  const exit = new Promise<void>((res) =>
    child.once('exit', (code, signal) => {
      exited = code ?? (signal ? -1 : 0);
      res();
    }),
  );

  const stop = async () => {
    if (exited === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) {
      await stop();
      throw new Error(`e2e: the server exited (${exited}) before it was ready:\n${log}`);
    }
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`e2e: the server did not answer /readyz within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, dataDir, output: () => log, stop };
}

/** Console errors, uncaught page errors and CSP violations seen by a page; the tests fail on any. */
export class PageProblems {
  readonly problems: string[] = [];

  watch(page: Page): Page {
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(text)) {
        const source = msg.location().url;
        this.problems.push(`[console.${msg.type()}] on ${page.url()}: ${text}${source ? ` (${source})` : ''}`);
      }
    });
    page.on('pageerror', (err) => this.problems.push(`[pageerror] ${page.url()}: ${err.message}`));
    return page;
  }

  watchContext(context: BrowserContext): BrowserContext {
    context.on('page', (page) => this.watch(page));
    for (const page of context.pages()) this.watch(page);
    return context;
  }

  /** Adds a listener that records CSP violations from inside the page (they do not always reach the console). */
  async watchCsp(context: BrowserContext): Promise<void> {
    await context.exposeBinding('__e2eCsp', (_source, text: string) => {
      this.problems.push(`[csp] ${text}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __e2eCsp(text: string): void }).__e2eCsp(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
  }

  /** Problems the test expects (for example a 403 it provokes on purpose) are removed by pattern. */
  expectNone(allowed: RegExp[] = []): void {
    const left = this.problems.filter((p) => !allowed.some((re) => re.test(p)));
    if (left.length > 0) throw new Error(`browser problems:\n${left.join('\n')}`);
  }
}
