import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium as these machines allow it: no sandbox (root), and no
 * background networking, which would try to reach hosts outside.
 */
const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** A Chromium of its own (for a benchmark outside the test run). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}

/** The one Chromium of a test run, started by its global setup (globalSetup.ts); test files connect to it. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH_OPTIONS);
}

/**
 * The test run's Chromium, for one test file. Every file works in browser contexts of its own, which
 * `close()` ends with the connection; the browser itself stays for the other files. Starting a Chromium
 * per file cost about a second of CPU each, on a machine whose two cores the suite keeps busy.
 */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}
