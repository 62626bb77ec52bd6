// Serves the last build (dist/) and the comment service without building again: `npm run serve`.
import { resolve } from 'node:path';
import { createApiApp } from '../functions/app/createApiApp.ts';
import { createServices } from '../functions/app/createServices.ts';
import { purgeAll } from '../functions/privacy/purgeAll.ts';
import { requeueInterrupted } from '../functions/mail/outbox.ts';
import { countModerators, setupLink } from '../functions/moderation/moderators.ts';
import { searchRateLimit } from '../functions/search/searchRateLimit.ts';
import { createServerApp } from '../functions/selfhost/createServerApp.ts';
import { astroBuild } from '../functions/selfhost/astroBuild.ts';
import { listen } from '../functions/selfhost/listen.ts';
import { adoptLiveDir } from '../functions/selfhost/liveSite.ts';
import { scheduleRebuilds } from '../functions/selfhost/scheduledRebuild.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';
import { strings } from '../src/strings.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const QUEUE_INTERVAL_MS = 30_000;

export async function serve(): Promise<void> {
  const config = await selfHostedConfig(process.env);
  const services = await createServices(config);
  // IP hashes are purged on start and once a day, so a long-running server keeps its promise too.
  const purge = () => purgeAll(services.db, config, new Date()).catch((error: Error) => console.error(strings.purge.failed(error.message)));
  await purge();
  setInterval(purge, DAY_MS).unref();
  // Mail and Akismet feedback: queued jobs left mid-send by a stopped process go out again; retries come with the timer.
  await requeueInterrupted(services.db);
  services.queues.kick();
  setInterval(() => services.queues.kick(), QUEUE_INTERVAL_MS).unref();
  // Scheduled posts: rebuild when the next one falls due and swap the build in atomically (docs/deploy.md).
  // Several processes sharing one SITE_DIR: leave it on in one of them only (REBUILD_ON_SCHEDULE=false elsewhere).
  if (process.env.REBUILD_ON_SCHEDULE?.trim().toLowerCase() !== 'false') {
    await adoptLiveDir(config.siteDir);
    scheduleRebuilds({ siteDir: config.siteDir, build: astroBuild });
  }
  const app = createServerApp({ siteRoot: resolve(config.siteDir), api: createApiApp(services), searchLimit: searchRateLimit(services) });
  const { url } = await listen(app, { port: config.port, hostname: config.host });
  console.log(`Klartext läuft auf ${url}/ (Datenbank: ${services.dbKind})`);
  if ((await countModerators(services.db)) === 0) {
    console.log(strings.moderation.cli.firstStart(await setupLink(services.db, config.secret, config.siteUrl, new Date())));
  }
}

if (import.meta.main) {
  serve().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
