import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { SESSION_IDLE_MS } from '../moderation/sessions.ts';
import { TOKEN_LIFETIME_MS } from '../moderation/tokens.ts';

export interface ModerationPurgeResult {
  /** Subscriptions never confirmed within the confirmation link's lifetime. */
  subscriptions: number;
  /** Moderator sessions idle for longer than the idle limit. */
  sessions: number;
  /** One-time tokens that have expired (used or not). */
  tokens: number;
}

/**
 * Deletes what moderation and notifications keep only for a while: an
 * unconfirmed subscription (an e-mail address someone typed) once its
 * confirmation link has expired, idle sessions and expired link tokens.
 */
export async function purgeModerationData(db: Kysely<Database>, now: Date): Promise<ModerationPurgeResult> {
  const subscriptions = await db
    .deleteFrom('subscriptions')
    .where('confirmed_at', 'is', null)
    .where('created_at', '<', new Date(now.getTime() - TOKEN_LIFETIME_MS.subscribe).toISOString())
    .executeTakeFirst();
  const sessions = await db.deleteFrom('sessions').where('last_seen_at', '<', new Date(now.getTime() - SESSION_IDLE_MS).toISOString()).executeTakeFirst();
  const tokens = await db.deleteFrom('one_time_tokens').where('expires_at', '<', now.toISOString()).executeTakeFirst();
  return { subscriptions: Number(subscriptions.numDeletedRows), sessions: Number(sessions.numDeletedRows), tokens: Number(tokens.numDeletedRows) };
}
