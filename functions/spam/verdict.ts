/** What one spam check says about a comment. */
export type Verdict = 'pass' | 'moderate' | 'spam';

/** Why a comment did not simply pass; stored with the comment for the moderator. */
export type SpamReason =
  | 'honeypot'
  | 'token-missing'
  | 'token-too-fast'
  | 'token-forged'
  | 'token-expired'
  | 'links'
  | 'moderated-word'
  | 'blocked-word'
  | 'akismet-spam'
  | 'akismet-error'
  | 'akismet-timeout'
  | 'akismet-off'
  | 'local-spam'
  | 'local-unsure'
  | 'local-learning'
  | 'first-comment'
  | 'manual-approval';

/** One stage's answer: a verdict and, unless it passed, the reason. */
export type StageResult = { verdict: 'pass' } | { verdict: 'moderate' | 'spam'; reason: SpamReason };

export const PASS: StageResult = { verdict: 'pass' };
