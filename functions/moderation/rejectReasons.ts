import { strings } from '../../src/strings.ts';

/** The reasons a moderator can give for a rejection: the site's guidelines (/leitlinien/), as stable codes. */
export type RejectReason = keyof typeof strings.moderation.rejectReasons;

export const REJECT_REASONS = Object.keys(strings.moderation.rejectReasons) as RejectReason[];

export function isRejectReason(value: unknown): value is RejectReason {
  return typeof value === 'string' && (REJECT_REASONS as string[]).includes(value);
}
