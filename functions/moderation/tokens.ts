import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, TokenPurpose } from '../db/schema.ts';

/** How long a link stays valid, per purpose. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'set-password': 7 * 24 * 60 * 60 * 1000,
  setup: 7 * 24 * 60 * 60 * 1000,
  moderate: 7 * 24 * 60 * 60 * 1000,
  subscribe: 7 * 24 * 60 * 60 * 1000,
  // A reader's own data: long enough to read the mail, short because it shows everything they wrote.
  'data-access': 24 * 60 * 60 * 1000,
};

function signature(secret: string, id: string, purpose: TokenPurpose, subject: string): string {
  return createHmac('sha256', secret).update(`one-time-token\u0000${purpose}\u0000${id}\u0000${subject}`).digest('base64url');
}

/**
 * Creates a one-time link token `<id>.<signature>`: the signature binds it to
 * its purpose and subject (a token for "approve" is no token for "spam"), the
 * row makes it expire and work once.
 */
export async function issueToken(db: Kysely<Database>, secret: string, purpose: TokenPurpose, subject: string, now: Date): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await db
    .insertInto('one_time_tokens')
    .values({ id, purpose, subject, expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]).toISOString(), used_at: null, created_at: now.toISOString() })
    .execute();
  return `${id}.${signature(secret, id, purpose, subject)}`;
}

/** Why a token is not accepted. */
export type TokenProblem = 'invalid' | 'expired' | 'used';

/** The subject of a valid, unused token of this purpose, or why not; changes nothing (for GET confirmation pages). */
export async function inspectToken(db: Kysely<Database>, secret: string, purpose: TokenPurpose, token: unknown, now: Date): Promise<{ ok: true; id: string; subject: string } | { ok: false; problem: TokenProblem }> {
  if (typeof token !== 'string' || token.length > 200) return { ok: false, problem: 'invalid' };
  const [id = '', sig = ''] = token.split('.');
  const row = await db.selectFrom('one_time_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.purpose !== purpose) return { ok: false, problem: 'invalid' };
  const expected = Buffer.from(signature(secret, id, purpose, row.subject));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'invalid' };
  if (row.used_at) return { ok: false, problem: 'used' };
  if (row.expires_at <= now.toISOString()) return { ok: false, problem: 'expired' };
  return { ok: true, id, subject: row.subject };
}

/**
 * Checks a token and marks it used in one conditional update, so two requests
 * with the same link cannot both act.
 */
export async function consumeToken(db: Kysely<Database>, secret: string, purpose: TokenPurpose, token: unknown, now: Date): Promise<{ ok: true; subject: string } | { ok: false; problem: TokenProblem }> {
  const checked = await inspectToken(db, secret, purpose, token, now);
  if (!checked.ok) return checked;
  const result = await db.updateTable('one_time_tokens').set({ used_at: now.toISOString() }).where('id', '=', checked.id).where('used_at', 'is', null).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return { ok: false, problem: 'used' };
  return { ok: true, subject: checked.subject };
}
