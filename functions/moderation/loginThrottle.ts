import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { keyedHash } from '../privacy/keyedHash.ts';
import { rateLimitWindow } from '../spam/rateLimit.ts';
import { countSubmission, readCount } from '../spam/rateLimitQueries.ts';

/** Failed logins allowed per window: per account (guessing one password) and per IP network (trying many accounts). */
export const LOGIN_LIMITS = { perAccount: 5, perIp: 20, windowMs: 15 * 60 * 1000 } as const;

function keys(secret: string, email: string, ipNetwork: string | null) {
  return {
    account: `login-account:${keyedHash(secret, 'login-email', email)}`,
    ip: ipNetwork ? `login-ip:${keyedHash(secret, 'ip', ipNetwork)}` : null,
  };
}

/**
 * Seconds to wait when this account or network has failed too often in the
 * current window, else null. Unknown accounts count like known ones, so the
 * answer tells nobody which addresses have an account.
 */
export async function loginBlockedFor(db: Kysely<Database>, secret: string, email: string, ipNetwork: string | null, now: Date): Promise<number | null> {
  const window = rateLimitWindow(now, LOGIN_LIMITS.windowMs);
  const { account, ip } = keys(secret, email, ipNetwork);
  const [accountCount, ipCount] = await Promise.all([readCount(db, account, window.start), ip ? readCount(db, ip, window.start) : 0]);
  return accountCount >= LOGIN_LIMITS.perAccount || ipCount >= LOGIN_LIMITS.perIp ? window.retryAfterSeconds : null;
}

/** Counts one failed login against the account and the network. */
export async function recordLoginFailure(db: Kysely<Database>, secret: string, email: string, ipNetwork: string | null, now: Date): Promise<void> {
  const window = rateLimitWindow(now, LOGIN_LIMITS.windowMs);
  const { account, ip } = keys(secret, email, ipNetwork);
  await countSubmission(db, account, window.start);
  if (ip) await countSubmission(db, ip, window.start);
}
