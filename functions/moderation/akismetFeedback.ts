import type { Kysely } from 'kysely';
import { urls } from '../../src/lib/urls.ts';
import type { CommentRow, Database } from '../db/schema.ts';
import { afterFailure } from '../jobs/backoff.ts';
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

/**
 * Sends every due queued verdict once. A job is claimed by a conditional
 * update first, so two workers never send the same one; a failure is retried
 * with backoff. Returns how many were sent.
 */
export async function drainFeedback(db: Kysely<Database>, submit: AkismetSubmit, now: () => Date): Promise<number> {
  const due = await db
    .selectFrom('akismet_feedback')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now().toISOString())
    .orderBy('next_attempt_at')
    .limit(50)
    .execute();
  let sent = 0;
  for (const job of due) {
    const claim = await db.updateTable('akismet_feedback').set({ status: 'sending' }).where('id', '=', job.id).where('status', '=', 'pending').executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    const attempts = job.attempts + 1;
    try {
      const fields = JSON.parse(job.fields) as AkismetComment & { date: string };
      await submit(job.verdict, { ...fields, date: new Date(fields.date) });
      await db.updateTable('akismet_feedback').set({ status: 'sent', attempts, sent_at: now().toISOString(), last_error: null }).where('id', '=', job.id).execute();
      sent++;
    } catch (error) {
      await db
        .updateTable('akismet_feedback')
        .set({ attempts, last_error: String((error as Error).message ?? error).slice(0, 500), ...afterFailure(attempts, now()) })
        .where('id', '=', job.id)
        .execute();
    }
  }
  return sent;
}
