import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { afterFailure } from '../jobs/backoff.ts';
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

/**
 * Sends due mails, oldest first, up to `limit`. Each is claimed with a
 * conditional update (`pending` → `sending`) before it is handed to the
 * transport, so two workers never send the same mail; a failed one goes back
 * to `pending` with backoff. Returns how many were sent.
 */
export async function drainOutbox(db: Kysely<Database>, send: MailTransport, from: string, now: () => Date, limit = 100): Promise<number> {
  const due = await db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now().toISOString())
    .orderBy('next_attempt_at')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  let sent = 0;
  for (const mail of due) {
    const claim = await db.updateTable('outbox').set({ status: 'sending' }).where('id', '=', mail.id).where('status', '=', 'pending').executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    const attempts = mail.attempts + 1;
    try {
      await send({ id: mail.id, from, to: mail.recipient, subject: mail.subject, text: mail.text_body, html: mail.html_body, headers: JSON.parse(mail.headers) as Record<string, string> });
      await db.updateTable('outbox').set({ status: 'sent', attempts, sent_at: now().toISOString(), last_error: null }).where('id', '=', mail.id).execute();
      sent++;
    } catch (error) {
      await db
        .updateTable('outbox')
        .set({ attempts, last_error: String((error as Error).message ?? error).slice(0, 500), ...afterFailure(attempts, now()) })
        .where('id', '=', mail.id)
        .execute();
    }
  }
  return sent;
}

/** Mails left in `sending` by a process that died mid-send go back to the queue (at start). */
export async function requeueInterrupted(db: Kysely<Database>): Promise<number> {
  const result = await db.updateTable('outbox').set({ status: 'pending' }).where('status', '=', 'sending').executeTakeFirst();
  return Number(result.numUpdatedRows);
}
