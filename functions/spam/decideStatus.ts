import type { AutoApprovePolicy } from '../config/serviceConfig.ts';
import type { CommentStatus } from '../db/schema.ts';
import type { SpamReason, StageResult } from './verdict.ts';

export interface Decision {
  status: Exclude<CommentStatus, 'rejected'>;
  reasons: SpamReason[];
}

/**
 * Turns the stages' answers into a status: any spam verdict → spam; any
 * moderation verdict → pending; all passed → approved when the policy allows
 * it for this author, else pending.
 */
export function decideStatus(results: readonly StageResult[], policy: AutoApprovePolicy, returningAuthor: boolean): Decision {
  const reasons = results.flatMap((result) => (result.verdict === 'pass' ? [] : [result.reason]));
  if (results.some((result) => result.verdict === 'spam')) return { status: 'spam', reasons };
  if (reasons.length > 0) return { status: 'pending', reasons };
  if (policy === 'always' || (policy === 'returning' && returningAuthor)) return { status: 'approved', reasons };
  return { status: 'pending', reasons: [policy === 'never' ? 'manual-approval' : 'first-comment'] };
}
