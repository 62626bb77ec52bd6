import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { findModeratorById, type Moderator } from './moderators.ts';

/** Sessions end after this long without a request (the default). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

/** last_seen_at is written at most this often, so reading the queue is not a write per request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

function hashSessionId(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** A new session: the cookie value (only the browser keeps it) and the CSRF token. */
export async function createSession(db: Kysely<Database>, moderatorId: string, now: Date): Promise<{ cookie: string; csrfToken: string }> {
  const cookie = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const stamp = now.toISOString();
  await db.insertInto('sessions').values({ id_hash: hashSessionId(cookie), moderator_id: moderatorId, csrf_token: csrfToken, created_at: stamp, last_seen_at: stamp }).execute();
  return { cookie, csrfToken };
}

/** The moderator and CSRF token of a live session; an idle one is deleted and yields undefined. */
export async function findSession(db: Kysely<Database>, cookie: string | undefined, now: Date, idleMs = SESSION_IDLE_MS): Promise<{ moderator: Moderator; csrfToken: string } | undefined> {
  if (!cookie || cookie.length > 100) return undefined;
  const idHash = hashSessionId(cookie);
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row) return undefined;
  const idle = now.getTime() - Date.parse(row.last_seen_at);
  if (idle >= idleMs) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  const moderator = await findModeratorById(db, row.moderator_id);
  if (!moderator) return undefined;
  if (idle >= TOUCH_INTERVAL_MS) await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  return { moderator, csrfToken: row.csrf_token };
}

/** Ends a session (logout). */
export async function deleteSession(db: Kysely<Database>, cookie: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSessionId(cookie)).execute();
}

