import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { buildSite } from './buildSite.ts';
import { RUN_CONTENTS } from './fixtureContent.ts';
import { runScript } from './runScript.ts';
import { startPostgresCluster } from './postgresCluster.ts';
import { claimTestRun } from './testRunLock.ts';

/**
 * Builds the sample site once for every test that reads or serves it,
 * starts a throwaway PostgreSQL cluster for the database tests and the
 * Chromium that the browser tests connect to.
 */
export default async function setup(project: TestProject) {
  // A fresh machine lacks Chromium and PostgreSQL; the same script CI uses installs them.
  execFileSync('bash', ['scripts/install-system-deps.sh'], { stdio: 'inherit' });
  const releaseRun = await claimTestRun(resolve('.test-dist'));
  const postgres = await startPostgresCluster().catch(async (error: unknown) => {
    await releaseRun();
    throw error;
  });
  let browser: BrowserServer | undefined;
  try {
    project.provide('postgresUrl', postgres.url);
    browser = await launchBrowserServer();
    project.provide('browserEndpoint', browser.wsEndpoint());
    // Fixture builds, project copies and content folders of earlier runs (tests/support/buildSite.ts, projectRoot.ts, fixtureContent.ts).
    await rm(resolve('.test-dist/builds'), { recursive: true, force: true });
    await rm(resolve('.test-dist/roots'), { recursive: true, force: true });
    await rm(RUN_CONTENTS, { recursive: true, force: true });
    // KLARTEXT_TEST_SITE_DIR: a site built before, for running one file many times in a row (docs/testing.md).
    const prebuilt = process.env.KLARTEXT_TEST_SITE_DIR;
    const outDir = prebuilt ? resolve(prebuilt) : resolve('.test-dist/site');
    // The Netlify functions as netlify.toml's build command bundles them, once for every server of the run.
    const functionsDir = resolve('.test-dist/functions');
    const bundling = runScript('bundleFunctions', [functionsDir]);
    if (!prebuilt) {
      await rm(outDir, { recursive: true, force: true });
      const result = await buildSite({ outDir });
      if (result.code !== 0) throw new Error(`Der Build der Beispielseite ist fehlgeschlagen:\n${result.output}`);
    }
    const bundled = await bundling;
    if (bundled.code !== 0) throw new Error(`npm run bundle:functions ist fehlgeschlagen:\n${bundled.stdout}${bundled.stderr}`);
    project.provide('siteDir', outDir);
    project.provide('functionsDir', functionsDir);
  } catch (error) {
    await browser?.close();
    postgres.stop();
    await releaseRun();
    throw error;
  }
  // Vitest calls this after the last test: the cluster and its folder go away, and the next run may start.
  return async () => {
    await browser?.close();
    postgres.stop();
    await releaseRun();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    /** The Netlify functions bundled by `npm run bundle:functions` (netlify.toml's build command). */
    functionsDir: string;
    postgresUrl: string;
    /** The run's Chromium (browser.ts, connectBrowser). */
    browserEndpoint: string;
  }
}
