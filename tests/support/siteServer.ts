import type { ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../../functions/app/createApiApp.ts';
import { createServices, type RunningServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import { searchRateLimit } from '../../functions/search/searchRateLimit.ts';
import { createServerApp } from '../../functions/selfhost/createServerApp.ts';
import { listen } from '../../functions/selfhost/listen.ts';
import { afterAll, beforeAll, inject } from 'vitest';
import { createTestDatabase, type TestDatabaseKind } from './testDatabase.ts';

/** The SECRET of every test server: tests sign time-trap tokens with it. */
export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnop';

export interface SiteServer {
  url: string;
  services: RunningServices;
  close: () => Promise<void>;
}

/**
 * The self-hosted server on a free loopback port, as `npm start` runs it: a
 * built site plus the comment service on a fresh database (SQLite by default).
 * `env` overrides the service's environment; rate limits are lifted unless a
 * test sets them, since every test request comes from 127.0.0.1.
 */
export async function startSiteServer(siteRoot: string, options: { database?: TestDatabaseKind; env?: Record<string, string> } = {}): Promise<SiteServer> {
  const database = await createTestDatabase(options.database ?? 'sqlite');
  // Mail without SMTP_URL goes to DATA_DIR/outbox/: a folder of this server's own, never the checkout's data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'klartext-data-'));
  const config = parseServiceConfig({ DATABASE_URL: database.url, SITE_DIR: siteRoot, SECRET: TEST_SECRET, RATE_LIMIT_MAX: '100000', SEARCH_RATE_LIMIT_MAX: '100000', DATA_DIR: dataDir, ...options.env });
  const services = await createServices(config);
  const { server, url } = await listen(createServerApp({ siteRoot, api: createApiApp(services), searchLimit: searchRateLimit(services) }), { port: 0, hostname: '127.0.0.1' });
  return {
    url,
    services,
    close: async () => {
      await closeServer(server);
      await services.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file talking to one server: starts it on the built sample site
 * before the tests and closes it after them. Call it inside `describe`; the
 * returned object reads the running server, so it can be passed wherever a
 * SiteServer is wanted once `beforeAll` ran. `env` may be a function, read in
 * `beforeAll` after hooks registered before this call.
 */
export function useSiteServer(options: { database?: TestDatabaseKind; env?: Record<string, string> | (() => Record<string, string>) } = {}): SiteServer {
  let server: SiteServer | undefined;
  const running = () => {
    if (!server) throw new Error('The site server starts in beforeAll.');
    return server;
  };
  beforeAll(async () => {
    const env = typeof options.env === 'function' ? options.env() : options.env;
    server = await startSiteServer(inject('siteDir'), { database: options.database, env });
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      return running().url;
    },
    get services() {
      return running().services;
    },
    close: () => running().close(),
  };
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}
