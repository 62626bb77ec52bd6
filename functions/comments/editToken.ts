import { timingSafeEqual } from 'node:crypto';
import { keyedHash } from '../privacy/keyedHash.ts';

/** How long the author of a comment may change or delete it (issue 15). */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

/**
 * The author's capability for one comment: `<expiry in base 36>.<HMAC under SECRET of comment id and expiry>`.
 * Nothing of it is stored: the signature proves it, the expiry inside it ends it, and a deleted
 * comment has nothing left to edit.
 */
export function issueEditToken(secret: string, commentId: string, now: Date): string {
  const expires = now.getTime() + EDIT_WINDOW_MS;
  return `${expires.toString(36)}.${keyedHash(secret, 'edit-token', `${commentId}\u0000${expires}`)}`;
}

/** `<expiry in base 36>.<signature>`, as issueEditToken writes it. */
const TOKEN_FORM = /^([0-9a-z]{1,12})\.([0-9a-f]{32})$/;

/** When a token ends (for the page that shows the window), or undefined for a malformed one. */
export function editTokenExpiry(token: string): Date | undefined {
  const match = TOKEN_FORM.exec(token);
  return match ? new Date(parseInt(match[1]!, 36)) : undefined;
}

export type EditTokenCheck = 'ok' | 'missing' | 'invalid' | 'expired';

/** Whether `token` lets its bearer change comment `commentId` at `now`: missing, forged or for another comment, expired, or ok. */
export function checkEditToken(secret: string, commentId: string, token: unknown, now: Date): EditTokenCheck {
  if (token === undefined || token === null || token === '') return 'missing';
  if (typeof token !== 'string') return 'invalid';
  const match = TOKEN_FORM.exec(token);
  if (!match) return 'invalid';
  const expires = parseInt(match[1]!, 36);
  const expected = Buffer.from(keyedHash(secret, 'edit-token', `${commentId}\u0000${expires}`));
  if (!timingSafeEqual(expected, Buffer.from(match[2]!))) return 'invalid';
  // A longer window than we hand out was never ours (guards against a SECRET reused elsewhere).
  if (expires - now.getTime() > EDIT_WINDOW_MS) return 'invalid';
  return expires <= now.getTime() ? 'expired' : 'ok';
}

/** The page without JavaScript (editRoutes.ts): where a form post lands (303) and where the author edits or deletes. */
export const EDIT_PAGE_PATH = '/kommentare/bearbeiten/';

/** The link to the edit page for one comment, valid as long as its token. */
export function editPageUrl(id: string, token: string): string {
  return `${EDIT_PAGE_PATH}?${new URLSearchParams({ id, token })}`;
}
