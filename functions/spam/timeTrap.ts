import { createHmac, timingSafeEqual } from 'node:crypto';
import { PASS, type StageResult } from './verdict.ts';

/** People need longer than this to write a comment; bots post at once. */
export const MIN_TOKEN_AGE_MS = 3_000;
/** A page left open overnight is fine; after a day the token only moves the comment to moderation. */
export const MAX_TOKEN_AGE_MS = 24 * 60 * 60 * 1000;
// Clocks of several serverless instances may differ a little.
const CLOCK_SKEW_MS = 60_000;

function signature(secret: string, post: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`time-trap\u0000${post}\u0000${issuedAt}`).digest('base64url').slice(0, 32);
}

/** A token saying "this form for this post was handed out at `now`": `<time in base 36>.<signature>`. */
export function issueToken(secret: string, post: string, now: Date): string {
  const issuedAt = now.getTime();
  return `${issuedAt.toString(36)}.${signature(secret, post, issuedAt)}`;
}

/**
 * Judges a submitted token: missing (no JavaScript, or a bot) → moderation;
 * forged, for another post, or from the future → spam; younger than 3 s →
 * spam; older than a day → moderation.
 */
export function checkToken(secret: string, token: string | null, post: string, now: Date): StageResult {
  if (!token) return { verdict: 'moderate', reason: 'token-missing' };
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return { verdict: 'spam', reason: 'token-forged' };
  const issuedAt = parseInt(match[1]!, 36);
  const expected = Buffer.from(signature(secret, post, issuedAt));
  const given = Buffer.from(match[2]!);
  if (!timingSafeEqual(expected, given)) return { verdict: 'spam', reason: 'token-forged' };
  const age = now.getTime() - issuedAt;
  if (age < -CLOCK_SKEW_MS) return { verdict: 'spam', reason: 'token-forged' };
  if (age < MIN_TOKEN_AGE_MS) return { verdict: 'spam', reason: 'token-too-fast' };
  if (age > MAX_TOKEN_AGE_MS) return { verdict: 'moderate', reason: 'token-expired' };
  return PASS;
}

/**
 * How long ago the token's form was handed out, without judging the token
 * (checkToken does that): the spam filter's "time-trap age". Null without a
 * readable token.
 */
export function tokenAgeMs(token: string | null, now: Date): number | null {
  const match = token ? /^([0-9a-z]{1,12})\./.exec(token) : null;
  return match ? now.getTime() - parseInt(match[1]!, 36) : null;
}
