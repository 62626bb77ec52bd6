import type { Kysely } from 'kysely';
import * as z from 'zod';
import type { Database } from '../db/schema.ts';
import { drainQueue } from '../jobs/drainQueue.ts';
import { newId } from '../moderation/moderationQueries.ts';
import { headerSafe } from './headerSafe.ts';
import type { MailTransport } from './transport.ts';

/** A mail to queue; `subject` and extra headers are made header-safe here, whatever the caller passed; `to` must be one address. */
export interface QueuedMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Stores a mail in the outbox; it is sent by drainOutbox. */
export async function enqueueMail(db: Kysely<Database>, mail: QueuedMail, now: Date): Promise<string> {
  // One plain address, nothing a mailer could read as a list or a display name with more addresses.
  if (!z.email().safeParse(mail.to).success) throw new Error(`Ungültige Empfängeradresse für ${mail.kind}`);
  const id = newId();
  const stamp = now.toISOString();
  const headers = Object.fromEntries(Object.entries(mail.headers ?? {}).map(([name, value]) => [name, headerSafe(value, 2000)]));
  await db
    .insertInto('outbox')
    .values({
      id,
      kind: mail.kind,
      recipient: mail.to,
      subject: headerSafe(mail.subject),
      text_body: mail.text,
      html_body: mail.html,
      headers: JSON.stringify(headers),
      status: 'pending',
      attempts: 0,
      next_attempt_at: stamp,
      last_error: null,
      created_at: stamp,
      sent_at: null,
    })
    .execute();
  return id;
}

/** Sends every due mail, oldest first, `batch` at a time (claim, retry and backoff as for every queue). Returns how many were sent. */
export function drainOutbox(db: Kysely<Database>, send: MailTransport, from: string, now: () => Date, batch = 100): Promise<number> {
  return drainQueue(
    db,
    'outbox',
    (mail) => send({ id: mail.id, from, to: mail.recipient, subject: mail.subject, text: mail.text_body, html: mail.html_body, headers: JSON.parse(mail.headers) as Record<string, string> }),
    now,
    batch,
  );
}

/** Mails left in `sending` by a process that died mid-send go back to the queue (at start). */
export async function requeueInterrupted(db: Kysely<Database>): Promise<number> {
  const result = await db.updateTable('outbox').set({ status: 'pending' }).where('status', '=', 'sending').executeTakeFirst();
  return Number(result.numUpdatedRows);
}
