import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
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
  /** A fresh browser context, closed after the test (for tests that set routes before loading). */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** Opens `path` in a fresh browser context (closed after the test), once it has loaded. */
  open: (path: string, options?: OpenOptions) => Promise<OpenedPage>;
}

/**
 * For an end-to-end test file: starts the server as `npm start` runs it and
 * Debian's Chromium before the tests, closes both after them, and closes each
 * test's browser contexts after that test. Call it inside `describe`.
 * `env` goes to the comment service; a function is read in `beforeAll`, after
 * other hooks registered before this call (e.g. one starting an SMTP server).
 */
export function useSiteInBrowser(options: { database?: TestDatabaseKind; env?: Record<string, string> | (() => Record<string, string>) } = {}): SiteInBrowser {
  const server = useSiteServer(options);
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
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
    async open(path, { acceptDialogs = false, ...contextOptions } = {}) {
      const context = await this.newContext(contextOptions);
      const page = await context.newPage();
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
