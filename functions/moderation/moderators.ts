import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { escapeLike, likeEscaped } from '../db/literalLike.ts';
import { issueToken } from './tokens.ts';
import { hashPassword } from './password.ts';

/** A moderator as the service shows it (never the hash). */
export interface Moderator {
  id: string;
  email: string;
  name: string;
  hasPassword: boolean;
  createdAt: string;
}

/** Where a moderator sets a password from a one-time link. */
export const SET_PASSWORD_PATH = '/moderation/passwort/';

function toModerator(row: Database['moderators']): Moderator {
  return { id: row.id, email: row.email, name: row.name, hasPassword: row.password_hash !== null, createdAt: row.created_at };
}

/** Normalizes an e-mail address the way accounts store it. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates a moderator without a password; false when the address has an account already. */
export async function addModerator(db: Kysely<Database>, email: string, name: string, now: Date): Promise<Moderator | undefined> {
  const stamp = now.toISOString();
  const row = { id: randomBytes(12).toString('base64url'), email: normalizeEmail(email), name: name.trim() || normalizeEmail(email), password_hash: null, created_at: stamp, updated_at: stamp };
  const result = await db.insertInto('moderators').values(row).onConflict((oc) => oc.column('email').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? toModerator(row) : undefined;
}

export async function findModeratorByEmail(db: Kysely<Database>, email: string): Promise<(Moderator & { passwordHash: string | null }) | undefined> {
  const row = await db.selectFrom('moderators').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row && { ...toModerator(row), passwordHash: row.password_hash };
}

export async function findModeratorById(db: Kysely<Database>, id: string): Promise<Moderator | undefined> {
  const row = await db.selectFrom('moderators').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toModerator(row);
}

export async function listModerators(db: Kysely<Database>): Promise<Moderator[]> {
  return (await db.selectFrom('moderators').selectAll().orderBy('email').execute()).map(toModerator);
}

export async function countModerators(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('moderators').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Deletes every link made out to a moderator: the one-click links of their
 * moderation mails (subject `action:comment:moderator`, see
 * mail/moderatorNotice.ts) and their set-password links. A removed or reset
 * account must not act through a mail it got before (410 from then on).
 */
async function cancelModeratorLinks(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .deleteFrom('one_time_tokens')
    .where((eb) => eb.or([eb.and([eb('purpose', '=', 'moderate'), likeEscaped(eb.ref('subject'), `%:${escapeLike(id)}`)]), eb.and([eb('purpose', '=', 'set-password'), eb('subject', '=', id)])]))
    .execute();
}

/** Removes an account and cancels its links; its sessions go with it (foreign key cascade). */
export async function removeModerator(db: Kysely<Database>, email: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.deleteFrom('moderators').where('email', '=', normalizeEmail(email)).returning('id').executeTakeFirst();
    if (row) await cancelModeratorLinks(trx, row.id);
    return row !== undefined;
  });
}

/** Sets a new password (already checked against the policy) and ends every session of the account. */
export async function setModeratorPassword(db: Kysely<Database>, id: string, password: string, now: Date): Promise<void> {
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('moderators').set({ password_hash: hash, updated_at: now.toISOString() }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('moderator_id', '=', id).execute();
  });
}

/**
 * Removes the password (`reset`): the account can log in again only through a new link. Its sessions
 * end and its earlier links (mail actions, set-password) are cancelled: a reset is what one does when
 * an account or its mailbox may be in the wrong hands.
 */
export async function clearModeratorPassword(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('moderators').set({ password_hash: null, updated_at: now.toISOString() }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('moderator_id', '=', id).execute();
    await cancelModeratorLinks(trx, id);
  });
}

/** A one-time link to set a moderator's password (7 days). */
export async function setPasswordLink(db: Kysely<Database>, secret: string, siteUrl: string, moderatorId: string, now: Date): Promise<string> {
  const token = await issueToken(db, secret, 'set-password', moderatorId, now);
  return new URL(`${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`, siteUrl).href;
}

/** A one-time link to create the first moderator account, printed on a start without one. */
export async function setupLink(db: Kysely<Database>, secret: string, siteUrl: string, now: Date): Promise<string> {
  const token = await issueToken(db, secret, 'setup', 'first-moderator', now);
  return new URL(`${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`, siteUrl).href;
}
