// `npm run purge`: deletes IP hashes (and user agents) older than IP_RETENTION_DAYS, ended rate-limit windows,
// unconfirmed subscriptions whose link expired, idle sessions, expired link tokens and sent mails older than 30 days.
import { createServices } from '../functions/app/createServices.ts';
import { purgeExpiredData } from '../functions/privacy/purge.ts';
import { purgeModerationData } from '../functions/privacy/purgeModeration.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';

try {
  const config = await selfHostedConfig(process.env);
  const services = await createServices(config);
  try {
    const result = await purgeExpiredData(services.db, { now: new Date(), retentionDays: config.ipRetentionDays, rateLimitWindowMs: config.rateLimit.windowMs });
    console.log(`IP-Hashes gelöscht: ${result.comments} Kommentare (älter als ${config.ipRetentionDays} Tage); abgelaufene Zähler: ${result.rateLimits}.`);
    const moderation = await purgeModerationData(services.db, new Date());
    console.log(`Unbestätigte Benachrichtigungen gelöscht: ${moderation.subscriptions}; abgelaufene Sitzungen: ${moderation.sessions}; abgelaufene Links: ${moderation.tokens}; versandte E-Mails (älter als 30 Tage): ${moderation.mails}.`);
  } finally {
    await services.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
