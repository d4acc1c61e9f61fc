import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { setupAcmeViaApi, stopAtFirstFailure, watchedPage } from './helpers';
import { launchBrowser, PageProblems, type RunningServer, startServer } from './server';

export interface BrowserSuite {
  /** Set once the suite's `beforeAll` has run. */
  server: RunningServer;
  browser: Browser;
  problems: PageProblems;
  pages: Record<string, Page>;
}

/**
 * The scaffolding every browser suite shares: the server and the browser started side by side,
 * company Acme set up over the API, one watched page per name (15 s default timeout), the steps
 * stopped at the first failure with a screenshot of each page (named after the page), and both
 * processes closed after. `onPages` receives the pages once they exist.
 */
export function browserSuite(names: string[], onPages: (pages: Record<string, Page>) => void): BrowserSuite {
  const suite = { problems: new PageProblems(), pages: {} } as BrowserSuite;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([startServer(), launchBrowser()]);
    await setupAcmeViaApi(suite.server.url);
    for (const name of names) {
      const { page } = await watchedPage(suite.browser, suite.server.url, suite.problems);
      page.setDefaultTimeout(15_000);
      suite.pages[name] = page;
    }
    onPages(suite.pages);
  });
  stopAtFirstFailure(
    () => suite.pages,
    suite.problems,
    () => suite.server,
  );
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
