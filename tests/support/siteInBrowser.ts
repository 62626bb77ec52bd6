import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { connectBrowser } from './browser.ts';
import { useSiteServer, type SiteServer } from './siteServer.ts';
import type { TestDatabaseKind } from './testDatabase.ts';

/** A page opened by `open`, with what it asked of the network. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** HTTP status of the page itself. */
  status: number;
  /** Every URL the page requested, in order. */
  requested: string[];
  /** Requests to any host other than the test server: a reader's browser must make none. */
  outside: string[];
  /** Messages of every alert/confirm/prompt, from the first byte on (an XSS payload's alert shows here). */
  dialogs: string[];
  /** URLs of the requests the page started and the browser has not finished or failed yet. */
  unfinished: () => string[];
}

export interface OpenOptions extends BrowserContextOptions {
  /** Accept confirm dialogs (the moderation page's delete); by default every dialog is dismissed. */
  acceptDialogs?: boolean;
}

export interface SiteInBrowser {
  /** The self-hosted server (built sample site + comment service); set once `beforeAll` ran. */
  readonly server: SiteServer;
  readonly browser: Browser;
  /** A fresh browser context, closed after the test (for tests that set routes or scripts before loading). */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A blank page in a browser context of its own, as a fresh context has it (see `BlankTabs`). */
  blankPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** Opens `path` in a blank page (`blankPage`), once it has loaded. */
  open: (path: string, options?: OpenOptions) => Promise<OpenedPage>;
  /** Hands a page of `open` or `blankPage` back before the test ends, for the test's next page. */
  release: (page: Page) => Promise<void>;
}

/**
 * For an end-to-end test file: starts the server as `npm start` runs it and
 * connects to the run's Chromium before the tests, and ends both after them.
 * After each test, its contexts of `newContext` close and its pages of `open`
 * and `blankPage` are reset for the next test (`BlankTabs`). Call it inside `describe`.
 * `env` goes to the comment service; a function is read in `beforeAll`, after
 * other hooks registered before this call (e.g. one starting an SMTP server).
 */
export function useSiteInBrowser(options: { database?: TestDatabaseKind; env?: Record<string, string> | (() => Record<string, string>) } = {}): SiteInBrowser {
  const server = useSiteServer(options);
  let browser: Browser | undefined;
  let tabs: BlankTabs | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await connectBrowser();
    tabs = new BlankTabs(browser, new URL(server.url).origin);
  });
  afterEach(async () => {
    await Promise.all([...contexts.splice(0).map((context) => context.close()), tabs?.releaseAll()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    server,
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll.');
      return browser;
    },
    async newContext(contextOptions = {}) {
      const context = await this.browser.newContext(contextOptions);
      contexts.push(context);
      return context;
    },
    blankPage(contextOptions = {}) {
      if (!tabs) throw new Error('The browser starts in beforeAll.');
      return tabs.take(contextOptions);
    },
    async release(page) {
      await tabs?.release(page);
    },
    async open(path, { acceptDialogs = false, ...contextOptions } = {}) {
      const page = await this.blankPage(contextOptions);
      const context = page.context();
      const requested: string[] = [];
      const outside: string[] = [];
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void (acceptDialogs ? dialog.accept() : dialog.dismiss());
      });
      const inFlight = new Set<Request>();
      page.on('request', (request) => {
        inFlight.add(request);
        requested.push(request.url());
        const { hostname, protocol } = new URL(request.url());
        if (protocol !== 'data:' && hostname !== '127.0.0.1') outside.push(request.url());
      });
      page.on('requestfinished', (request) => inFlight.delete(request));
      page.on('requestfailed', (request) => inFlight.delete(request));
      const response = await page.goto(this.server.url + path, { waitUntil: 'load' });
      // The page's scripts started their requests by `load` (the comment list, the statistics): wait until
      // they are answered. A slow machine must not fail the page for it, so after 5 s the test goes on.
      await settled(() => inFlight.size, { quietMs: QUIET_MS, maxMs: 5_000 });
      const unfinished = () => [...inFlight].map((request) => request.url());
      return { page, context, status: response?.status() ?? 0, requested, outside, dialogs, unfinished };
    },
  };
}

/**
 * How long no request may be open before a page counts as settled. Playwright's `networkidle` waits 500 ms
 * after the last one, on every page; a script's next request follows its last answer within milliseconds,
 * and the browser reports a request to the test within a few more.
 */
const QUIET_MS = 150;

/** Resolves once `open()` has been 0 for `quietMs` in a row, or after `maxMs` at the latest. */
async function settled(open: () => number, { quietMs, maxMs }: { quietMs: number; maxMs: number }): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (open() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((wait) => setTimeout(wait, 10));
  }
}

/** A browser context with its one page, kept across the tests of a file. */
interface Tab {
  key: string;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * Blank pages for the tests of one file, each in a browser context of its own, as fresh as a new context's:
 * a new context's page cost 0.65 core-seconds on an article page (its renderer process starts), a page
 * reused after a reset 0.30 (docs/testing.md). After a test, or on `release`, each page it took is reset:
 * listeners and routes gone, the tab's sessionStorage, the context's cookies, permissions and
 * storage of the site's origin (localStorage, IndexedDB, Cache Storage, service workers), the HTTP and memory
 * caches and the history cleared, the page back on about:blank. A page that left the site's origin, was
 * closed or does not reset is not reused; its context closes. What a reset cannot undo (`addInitScript`,
 * `exposeBinding`) belongs in `newContext()`.
 */
class BlankTabs {
  private readonly idle: Tab[] = [];
  private readonly taken: Tab[] = [];

  private readonly browser: Browser;
  private readonly origin: string;

  constructor(browser: Browser, origin: string) {
    this.browser = browser;
    this.origin = origin;
  }

  async take(options: BrowserContextOptions): Promise<Page> {
    const key = JSON.stringify(options);
    const index = this.idle.findIndex((tab) => tab.key === key);
    const tab = index >= 0 ? this.idle.splice(index, 1)[0]! : await this.newTab(key, options);
    this.taken.push(tab);
    return tab.page;
  }

  async release(page: Page): Promise<void> {
    const index = this.taken.findIndex((tab) => tab.page === page);
    if (index < 0) return;
    const [tab] = this.taken.splice(index, 1);
    if (await this.reset(tab!)) this.idle.push(tab!);
    else await tab!.context.close().catch(() => {});
  }

  async releaseAll(): Promise<void> {
    await Promise.all(this.taken.map((tab) => this.release(tab.page)));
  }

  private async newTab(key: string, options: BrowserContextOptions): Promise<Tab> {
    const context = await this.browser.newContext(options);
    const page = await context.newPage();
    return { key, context, page, cdp: await context.newCDPSession(page) };
  }

  private async reset({ context, page, cdp }: Tab): Promise<boolean> {
    if (page.isClosed()) return false;
    await page.removeAllListeners();
    const where = page.url();
    if (where !== 'about:blank' && new URL(where).origin !== this.origin) return false;
    const cleared = (async () => {
      await Promise.all([page.unrouteAll({ behavior: 'ignoreErrors' }), context.unrouteAll({ behavior: 'ignoreErrors' })]);
      // sessionStorage belongs to the tab and its origin: only a page of that origin reaches it.
      if (where !== 'about:blank') await page.evaluate(() => sessionStorage.clear());
      await page.goto('about:blank');
      await Promise.all([context.clearCookies(), context.clearPermissions()]);
      await cdp.send('Storage.clearDataForOrigin', { origin: this.origin, storageTypes: 'all' });
      await cdp.send('Network.clearBrowserCache');
      // Turning the cache off empties the renderer's memory cache too.
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
      await cdp.send('Page.resetNavigationHistory');
      await page.mouse.move(0, 0);
      return true;
    })();
    const stuck = new Promise<boolean>((done) => setTimeout(() => done(false), 5_000).unref());
    return Promise.race([cleared.catch(() => false), stuck]);
  }
}
