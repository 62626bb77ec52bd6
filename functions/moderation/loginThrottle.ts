import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { keyedHash } from '../privacy/keyedHash.ts';
import { rateLimitWindow } from '../spam/rateLimit.ts';
import { countSubmission, uncountSubmission } from '../spam/rateLimitQueries.ts';

/** Failed logins allowed per window: per account (guessing one password) and per IP network (trying many accounts). */
export const LOGIN_LIMITS = { perAccount: 5, perIp: 20, windowMs: 15 * 60 * 1000 } as const;

function keys(secret: string, email: string, ipNetwork: string | null) {
  return {
    account: `login-account:${keyedHash(secret, 'login-email', email)}`,
    ip: ipNetwork ? `login-ip:${keyedHash(secret, 'ip', ipNetwork)}` : null,
  };
}

/** A login attempt that holds a place in the limits while its password is checked. */
export type LoginReservation = { ok: true; succeeded: () => Promise<void> } | { ok: false; retryAfterSeconds: number };

/**
 * Reserves one attempt against the account and the network before the
 * password is checked: each counter is raised in one atomic upsert, so
 * parallel attempts (on any number of instances sharing the database) each
 * see their own count and at most `perAccount`/`perIp` get to a password
 * check. An attempt over a limit gives its reservation back and is refused
 * with the seconds to wait; a successful login gives it back with
 * `succeeded()`, a failed one keeps it (it is the failure's count). Unknown
 * accounts count like known ones, so the answer tells nobody which
 * addresses have an account.
 */
export async function reserveLoginAttempt(db: Kysely<Database>, secret: string, email: string, ipNetwork: string | null, now: Date): Promise<LoginReservation> {
  const window = rateLimitWindow(now, LOGIN_LIMITS.windowMs);
  const { account, ip } = keys(secret, email, ipNetwork);
  const counted = [{ key: account, max: LOGIN_LIMITS.perAccount }, ...(ip ? [{ key: ip, max: LOGIN_LIMITS.perIp }] : [])];
  const counts = await Promise.all(counted.map(({ key }) => countSubmission(db, key, window.start)));
  const giveBack = () => Promise.all(counted.map(({ key }) => uncountSubmission(db, key, window.start))).then(() => undefined);
  if (counted.some(({ max }, i) => counts[i]! > max)) {
    await giveBack();
    return { ok: false, retryAfterSeconds: window.retryAfterSeconds };
  }
  return { ok: true, succeeded: giveBack };
}
