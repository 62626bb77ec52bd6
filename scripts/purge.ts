// `npm run purge`: deletes IP hashes (and user agents, reporters' network hashes) older than IP_RETENTION_DAYS, ended rate-limit windows,
// unconfirmed subscriptions whose link expired, idle sessions and expired link tokens.
import { createServices } from '../functions/app/createServices.ts';
import { purgeExpiredData } from '../functions/privacy/purge.ts';
import { purgeModerationData } from '../functions/privacy/purgeModeration.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';
import { strings } from '../src/strings.ts';

try {
  const config = await selfHostedConfig(process.env);
  const services = await createServices(config);
  try {
    const result = await purgeExpiredData(services.db, { now: new Date(), retentionDays: config.ipRetentionDays, rateLimitWindowMs: config.rateLimit.windowMs });
    console.log(strings.purge.personal(result.comments, result.reports, config.ipRetentionDays, result.rateLimits));
    const moderation = await purgeModerationData(services.db, new Date());
    console.log(strings.purge.moderation(moderation.subscriptions, moderation.sessions, moderation.tokens));
  } finally {
    await services.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
