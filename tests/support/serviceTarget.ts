import { startNetlifyFunctions } from './netlifyFunctions.ts';
import { startSiteServer, type SiteServer } from './siteServer.ts';
import { DATABASE_KINDS, type TestDatabaseKind } from './testDatabase.ts';

/**
 * Where an integration suite reaches the comment service: the self-hosted server in the test process on
 * SQLite or PostgreSQL, or the Netlify functions as netlify-cli builds and runs them (on PostgreSQL).
 */
export type ServiceTarget = TestDatabaseKind | 'netlify';

/** Every target, for `describe.each`. */
export const SERVICE_TARGETS: ServiceTarget[] = [...DATABASE_KINDS, 'netlify'];

/**
 * Starts the service at `target` with `env` on a fresh database. Tests talk to it over HTTP at `url`, and
 * reach its database through `services.db`; on the Netlify target `services` is the test process's own
 * handle on the same database (its queues and caches are not the function's).
 */
export function startServiceTarget(target: ServiceTarget, siteDir: string, options: { env?: Record<string, string> } = {}): Promise<SiteServer> {
  if (target === 'netlify') return startNetlifyFunctions(siteDir, options);
  return startSiteServer(siteDir, { database: target, env: options.env });
}
