import type { Kysely } from 'kysely';
import type { ServiceConfig } from '../config/serviceConfig.ts';
import type { Database } from '../db/schema.ts';
import { purgeExpiredData, type PurgeResult } from './purge.ts';
import { purgeModerationData, type ModerationPurgeResult } from './purgeModeration.ts';

/**
 * Everything kept only for a while, deleted once it is due: IP hashes, user agents and reporters' network
 * hashes past IP_RETENTION_DAYS, ended rate-limit windows, unconfirmed subscriptions, idle sessions, expired
 * links and old sent mails. `npm run purge`, the self-hosted server (daily) and the scheduled function run it.
 */
export async function purgeAll(db: Kysely<Database>, config: Pick<ServiceConfig, 'ipRetentionDays' | 'rateLimit'>, now: Date): Promise<{ personal: PurgeResult; moderation: ModerationPurgeResult }> {
  const personal = await purgeExpiredData(db, { now, retentionDays: config.ipRetentionDays, rateLimitWindowMs: config.rateLimit.windowMs });
  const moderation = await purgeModerationData(db, now);
  return { personal, moderation };
}
