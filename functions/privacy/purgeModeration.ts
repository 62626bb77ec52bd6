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
  /** Sent or finally failed mails older than SENT_MAIL_RETENTION_MS. */
  mails: number;
}

/** How long the outbox keeps a mail that was sent or gave up (recipient and text: personal data). */
export const SENT_MAIL_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes what moderation and notifications keep only for a while: an
 * unconfirmed subscription (an e-mail address someone typed) once its
 * confirmation link has expired, idle sessions, expired link tokens, and
 * the outbox's copies of mails sent (or given up) more than 30 days ago.
 */
export async function purgeModerationData(db: Kysely<Database>, now: Date): Promise<ModerationPurgeResult> {
  const subscriptions = await db
    .deleteFrom('subscriptions')
    .where('confirmed_at', 'is', null)
    .where('created_at', '<', new Date(now.getTime() - TOKEN_LIFETIME_MS.subscribe).toISOString())
    .executeTakeFirst();
  const sessions = await db.deleteFrom('sessions').where('last_seen_at', '<', new Date(now.getTime() - SESSION_IDLE_MS).toISOString()).executeTakeFirst();
  const tokens = await db.deleteFrom('one_time_tokens').where('expires_at', '<', now.toISOString()).executeTakeFirst();
  const mails = await db
    .deleteFrom('outbox')
    .where('status', 'in', ['sent', 'failed'])
    .where('created_at', '<', new Date(now.getTime() - SENT_MAIL_RETENTION_MS).toISOString())
    .executeTakeFirst();
  return { subscriptions: Number(subscriptions.numDeletedRows), sessions: Number(sessions.numDeletedRows), tokens: Number(tokens.numDeletedRows), mails: Number(mails.numDeletedRows) };
}
