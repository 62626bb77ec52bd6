// `npm run purge`: deletes IP hashes (and user agents, reporters' network hashes) older than IP_RETENTION_DAYS, ended rate-limit windows,
// unconfirmed subscriptions whose link expired, idle sessions, expired link tokens and sent mails older than 30 days.
import { createServices } from '../functions/app/createServices.ts';
import { purgeAll } from '../functions/privacy/purgeAll.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';
import { strings } from '../src/strings.ts';

try {
  const config = await selfHostedConfig(process.env);
  const services = await createServices(config);
  try {
    const { personal, moderation } = await purgeAll(services.db, config, new Date());
    console.log(strings.purge.personal(personal.comments, personal.reports, config.ipRetentionDays, personal.rateLimits));
    console.log(strings.purge.moderation(moderation.subscriptions, moderation.sessions, moderation.tokens, moderation.mails));
  } finally {
    await services.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
