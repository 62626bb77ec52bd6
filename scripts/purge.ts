// `npm run purge`: deletes IP hashes (and user agents) older than IP_RETENTION_DAYS and ended rate-limit windows.
import { createServices } from '../functions/app/createServices.ts';
import { purgeExpiredData } from '../functions/privacy/purge.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';

try {
  const config = await selfHostedConfig(process.env);
  const services = await createServices(config);
  try {
    const result = await purgeExpiredData(services.db, { now: new Date(), retentionDays: config.ipRetentionDays, rateLimitWindowMs: config.rateLimit.windowMs });
    console.log(`IP-Hashes gelöscht: ${result.comments} Kommentare (älter als ${config.ipRetentionDays} Tage); abgelaufene Zähler: ${result.rateLimits}.`);
  } finally {
    await services.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
