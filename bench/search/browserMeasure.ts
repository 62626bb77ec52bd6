/**
 * What a reader experiences, measured in Chromium: the requests and time from
 * the first keystroke to the first result on screen, the search times while
 * typing, and the longest task on the page's main thread.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** One search interface under test. */
export interface EngineUnderTest {
  name: string;
  /** Page that has the search field. */
  path: string;
  /** Selector of the search field. */
  input: string;
  /** Selector of a result on screen. */
  result: string;
  /** Waits until the results of `query` are on screen. */
  shown: (page: Page, query: string) => Promise<unknown>;
}

/** Recorded in the page (epoch milliseconds where noted). */
interface PageRecord {
  focusAt: number | null;
  firstKeyAt: number | null;
  lastKeyAt: number | null;
  firstResultAt: number | null;
  timings: { searchMs: number; loadMs: number }[];
}

const recorder = (resultSelector: string) => `
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const record = { focusAt: null, firstKeyAt: null, lastKeyAt: null, firstResultAt: null, timings: [] };
  window.__bench = record;
  addEventListener('focusin', () => { record.focusAt ??= now(); }, true);
  addEventListener('keydown', () => { record.firstKeyAt ??= now(); record.lastKeyAt = now(); }, true);
  const watch = () => new MutationObserver((mutations) => {
    if (record.firstResultAt === null && document.querySelector(${JSON.stringify(resultSelector)})) record.firstResultAt = now();
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.attributeName === 'data-search-ms') {
        const data = mutation.target.dataset;
        record.timings.push({ searchMs: Number(data.searchMs), loadMs: Number(data.loadMs ?? 'NaN') });
      }
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-ms'] });
  if (document.documentElement) watch(); else addEventListener('DOMContentLoaded', watch);
})();
`;

async function openPage(browser: Browser, url: string, engine: EngineUnderTest) {
  const context: BrowserContext = await browser.newContext();
  await context.addInitScript(recorder(engine.result));
  const page = await context.newPage();
  const requests: { url: string; at: number }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), at: Date.now() }));
  await page.goto(url + engine.path, { waitUntil: 'networkidle' });
  return { context, page, requests, beforeFocus: requests.length };
}

const record = (page: Page) => page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);

/** The longest task of the page's main thread: wall time, and the CPU time the thread really spent (µs in the trace). */
export interface LongestTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `during` with Chromium's tracing on and returns the longest task on a
 * renderer's main thread. Wall time is what a reader feels; on a busy machine
 * it includes time the thread waited for a core, so CPU time is given too.
 */
async function longestMainThreadTask(browser: Browser, page: Page, during: () => Promise<void>): Promise<LongestTask> {
  // "toplevel" alone keeps the trace of a long session small; it has every task with wall and thread time.
  await browser.startTracing(page, { categories: ['toplevel'] });
  await during();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = new Set(traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const tasks = traceEvents.filter((event) => event.name === 'ThreadControllerImpl::RunTask' && event.ph === 'X' && main.has(`${event.pid}:${event.tid}`));
  // reduce, not Math.max(...): a long session has more tasks than a call may have arguments.
  return tasks.reduce(
    (longest, task) => ({ wallMs: Math.max(longest.wallMs, (task.dur ?? 0) / 1000), cpuMs: Math.max(longest.cpuMs, (task.tdur ?? 0) / 1000) }),
    { wallMs: 0, cpuMs: 0 },
  );
}

/** One cold session: the page loaded, the field focused, `query` typed (40 ms per key). */
export interface FirstResult {
  /** Milliseconds from the first keystroke to the first result on screen. */
  ms: number;
  /** Milliseconds from the last keystroke to the first result (typing takes the rest). */
  afterTypingMs: number;
  /** Paths fetched before the page was used (the page's own scripts included). */
  pageLoad: string[];
  /** Paths fetched after focusing the field, up to the first result. */
  search: string[];
  /** Longest main-thread task from focusing to the first result. */
  longestTask: LongestTask;
}

/** Measures one cold first search. */
export async function measureFirstResult(browser: Browser, url: string, engine: EngineUnderTest, query: string): Promise<FirstResult> {
  const { context, page, requests, beforeFocus } = await openPage(browser, url, engine);
  try {
    const longestTask = await longestMainThreadTask(browser, page, async () => {
      await page.focus(engine.input);
      await page.keyboard.type(query, { delay: 40 });
      await page.waitForFunction(() => (window as unknown as { __bench: PageRecord }).__bench.firstResultAt !== null, undefined, { timeout: 60_000 });
      await engine.shown(page, query);
    });
    const seen = await record(page);
    const path = (entry: { url: string }) => new URL(entry.url).pathname;
    return {
      ms: seen.firstResultAt! - seen.firstKeyAt!,
      afterTypingMs: seen.firstResultAt! - seen.lastKeyAt!,
      pageLoad: requests.slice(0, beforeFocus).map(path),
      search: requests.slice(beforeFocus).filter((entry) => entry.at <= seen.firstResultAt!).map(path),
      longestTask,
    };
  } finally {
    await context.close();
  }
}

/** A warm session: every query typed at 150 ms per key, so each keystroke searches. */
export interface TypingSession {
  timings: { searchMs: number; loadMs: number }[];
  longestTask: LongestTask;
}

/** Types every query into one page, one after the other. */
export async function measureTyping(browser: Browser, url: string, engine: EngineUnderTest, queries: readonly string[]): Promise<TypingSession> {
  const { context, page } = await openPage(browser, url, engine);
  try {
    const longestTask = await longestMainThreadTask(browser, page, async () => {
      await page.focus(engine.input);
      for (const query of queries) {
        await page.fill(engine.input, '');
        await page.keyboard.type(query, { delay: 150 });
        await engine.shown(page, query);
      }
    });
    return { timings: (await record(page)).timings, longestTask };
  } finally {
    await context.close();
  }
}
