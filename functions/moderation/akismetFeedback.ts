import type { Kysely } from 'kysely';
import { urls } from '../../src/lib/urls.ts';
import type { CommentRow, Database } from '../db/schema.ts';
import { drainQueue } from '../jobs/drainQueue.ts';
import type { AkismetComment, AkismetSubmit } from '../spam/akismet.ts';
import { newId } from './moderationQueries.ts';

/**
 * The comment as Akismet's submit-spam/submit-ham want it: the fields it was
 * checked with, as far as they are stored. The raw IP address never is, so
 * `user_ip` stays empty; the user agent goes along until the purge removes it.
 */
export function feedbackFields(row: CommentRow, siteUrl: string): AkismetComment {
  return {
    ip: null,
    userAgent: row.user_agent,
    referrer: null,
    permalink: new URL(urls.post(row.post_slug), siteUrl).href,
    type: row.parent_id ? 'reply' : 'comment',
    name: row.author_name,
    email: row.author_email,
    url: row.author_url,
    content: row.body_source,
    date: new Date(row.created_at),
  };
}

/** Queues a moderator's verdict for Akismet. */
export async function enqueueFeedback(db: Kysely<Database>, row: CommentRow, verdict: 'spam' | 'ham', siteUrl: string, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await db
    .insertInto('akismet_feedback')
    .values({ id: newId(), comment_id: row.id, verdict, fields: JSON.stringify(feedbackFields(row, siteUrl)), status: 'pending', attempts: 0, next_attempt_at: stamp, last_error: null, created_at: stamp, sent_at: null })
    .execute();
}

/** Sends every due queued verdict once (claim, retry and backoff as for every queue). Returns how many were sent. */
export function drainFeedback(db: Kysely<Database>, submit: AkismetSubmit, now: () => Date): Promise<number> {
  return drainQueue(
    db,
    'akismet_feedback',
    async (job) => {
      const fields = JSON.parse(job.fields) as AkismetComment & { date: string };
      await submit(job.verdict, { ...fields, date: new Date(fields.date) });
    },
    now,
    50,
  );
}
