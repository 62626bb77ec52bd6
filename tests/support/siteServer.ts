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

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}
