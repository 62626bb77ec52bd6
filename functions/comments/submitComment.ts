import { randomBytes } from 'node:crypto';
import { keyedHash, networkHash } from '../privacy/keyedHash.ts';
import { akismetFieldsFor } from './akismetComment.ts';
import { checkHoneypot } from '../spam/honeypot.ts';
import { checkLinks } from '../spam/links.ts';
import { decideStatus } from '../spam/decideStatus.ts';
import { limitReader } from '../spam/rateLimitQueries.ts';
import { checkToken, tokenAgeMs } from '../spam/timeTrap.ts';
import { checkWords } from '../spam/wordLists.ts';
import type { StageResult } from '../spam/verdict.ts';
import type { Assessment } from '../spam/localFilter.ts';
import { findCommentIdByFingerprint, hasApprovedComment, insertComment, isApprovedCommentOnPost } from './queries.ts';
import { listChanged } from './listChanged.ts';
import { renderCommentBody } from './renderBody.ts';
import type { CommentServices } from './services.ts';
import type { Submission } from './submissionSchema.ts';
import type { RequestOrigin } from './requestOrigin.ts';
import type { CatalogPost } from './postCatalog.ts';
import { strings } from '../../src/strings.ts';
import { notifyModerators } from '../mail/moderatorNotice.ts';
import { notifySubscribers } from '../mail/commentNotifications.ts';
import { subscribeToReplies } from '../mail/readerNotifications.ts';

/** Who sent the request, as far as the service may know it. */
export type { RequestOrigin };

export type SubmitOutcome =
  | { kind: 'accepted'; id: string; status: 'approved' | 'pending'; post: string }
  | { kind: 'unknown-post' }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'duplicate' };

const USER_AGENT_MAX = 500;

/** The keyed hash of post, e-mail and text under which a comment is stored once (the same comment twice is a duplicate). */
export function commentFingerprint(secret: string, post: string, email: string, body: string): string {
  return keyedHash(secret, 'fingerprint', `${post}\u0000${email}\u0000${body}`);
}

/** A random id, 16 URL-safe characters (96 bits). */
export function newCommentId(): string {
  return randomBytes(12).toString('base64url');
}

/** What the text stages found, and the local spam filter's assessment (stored with the comment for moderators). */
export interface TextJudgement {
  results: StageResult[];
  assessment: Assessment;
}

/**
 * The stages that judge a comment's text, after the form's own (`before`): links, word lists, the local
 * spam filter, then Akismet when SPAM_FILTER asks for its opinion and no stage already says spam (their
 * data then goes to no third party). Run on submit and again on an author's edit (authorEdits.ts), where
 * there is no form age.
 */
export async function judgeText(
  services: Pick<CommentServices, 'config' | 'words' | 'akismet' | 'now' | 'spamFilter'>,
  comment: Submission,
  post: CatalogPost,
  origin: RequestOrigin,
  before: StageResult[] = [],
  formAgeMs: number | null = null,
): Promise<TextJudgement> {
  const results: StageResult[] = [...before, checkLinks(comment.body), checkWords([comment.name, comment.url ?? '', comment.body].join('\n'), services.words)];
  const filter = await services.spamFilter({ name: comment.name, url: comment.url, body: comment.body, formAgeMs });
  if (filter.stage !== 'ask-akismet') results.push(filter.stage);
  if (filter.stage === 'ask-akismet' && !results.some((result) => result.verdict === 'spam')) {
    results.push(await services.akismet(akismetFieldsFor(comment, post, origin, services.config.siteUrl, services.now())));
  }
  return { results, assessment: filter.assessment };
}

/**
 * Takes a checked submission through the whole pipeline and stores it:
 * post and parent exist → rate limits → duplicate → honeypot, time trap,
 * links, word lists → local spam filter (SPAM_FILTER: its score is stored in
 * every mode; it decides in `local` and, when sure, in `both`) → Akismet (only
 * when SPAM_FILTER asks for it, and skipped for comments already known as
 * spam, so their data goes to no third party) → status → stored. Every comment
 * that gets this far is stored, spam included, so a wrong verdict can be undone.
 */
export async function submitComment(services: CommentServices, submission: Submission, origin: RequestOrigin): Promise<SubmitOutcome> {
  const { db, config } = services;
  const now = services.now();
  const post = await services.posts.get(submission.post);
  if (!post) return { kind: 'unknown-post' };
  if (submission.parent && !(await isApprovedCommentOnPost(db, submission.parent, post.id))) {
    return { kind: 'invalid', fields: { parent: strings.commentFields.unknownParent } };
  }

  const ipHash = networkHash(config.secret, origin.ip);
  const limited = await limitReader(db, { ipHash, emailHash: keyedHash(config.secret, 'email', submission.email), ...config.rateLimit, now });
  if (limited) return { kind: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds };

  const fingerprint = commentFingerprint(config.secret, post.id, submission.email, submission.body);
  if (await findCommentIdByFingerprint(db, fingerprint)) return { kind: 'duplicate' };

  const { results, assessment } = await judgeText(services, submission, post, origin, [
    checkHoneypot(submission.honeypotFilled),
    checkToken(config.secret, submission.token, post.id, now),
  ], tokenAgeMs(submission.token, now));
  const passed = results.every((result) => result.verdict === 'pass');
  const returning = passed && config.autoApprove === 'returning' && (await hasApprovedComment(db, submission.email));
  const decision = decideStatus(results, config.autoApprove, returning);

  const id = newCommentId();
  const stamp = now.toISOString();
  const inserted = await insertComment(db, {
    id,
    post_slug: post.id,
    parent_id: submission.parent,
    author_name: submission.name,
    author_email: submission.email,
    author_url: submission.url,
    body_source: submission.body,
    body_html: renderCommentBody(submission.body),
    status: decision.status,
    spam_reasons: JSON.stringify(decision.reasons),
    spam_assessment: JSON.stringify(assessment),
    notify: submission.notify ? 1 : 0,
    ip_hash: ipHash,
    user_agent: origin.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    fingerprint,
    created_at: stamp,
    updated_at: stamp,
  });
  if (!inserted) return { kind: 'duplicate' };
  if (decision.status === 'approved') await listChanged(services, post.id);
  // Mail must never cost the reader their comment: it is stored already, a failure here is only logged.
  const mailFailed = (error: Error) => console.error(`E-Mail nicht eingereiht: ${error.message}`);
  // Only comments a moderator has to look at; spam waits in its own folder without a mail each.
  if (decision.status === 'pending') await notifyModerators(services, id).catch(mailFailed);
  if (decision.status === 'approved') await notifySubscribers(services, id).catch(mailFailed);
  // Spam gets no confirmation mail: that would let spammers mail any address through us.
  if (submission.notify && decision.status !== 'spam') await subscribeToReplies(services, id).catch(mailFailed);
  // Spam is answered like any comment waiting for a moderator: a spammer learns nothing.
  return { kind: 'accepted', id, status: decision.status === 'approved' ? 'approved' : 'pending', post: post.id };
}
