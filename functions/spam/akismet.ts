import type { AkismetClient } from 'akismet-api';
import { startOnce } from '../app/startOnce.ts';
import { HONEYPOT_FIELD } from '../../src/lib/comments/commentFormHtml.ts';
import { PASS, type StageResult } from './verdict.ts';

/** Akismet must answer within this time, or the comment waits for a moderator. */
export const AKISMET_TIMEOUT_MS = 3_000;

/** What Akismet's comment-check documents, as far as the service knows it at submission time. */
export interface AkismetComment {
  ip: string | null;
  userAgent: string | null;
  /** The Referer header, if the browser sent one (our pages ask it not to). */
  referrer: string | null;
  permalink: string;
  /** When the article last changed. */
  postModified?: string;
  type: 'comment' | 'reply';
  name: string;
  email: string;
  url: string | null;
  content: string;
  date: Date;
}

export interface AkismetOptions {
  key?: string;
  /** The blog's URL, as registered with Akismet (SITE_URL). */
  blog: string;
  /** Another Akismet-compatible base URL (a test server); the key then does not go into the host name. */
  endpoint?: string;
  timeoutMs?: number;
}

/** Asks Akismet about one comment. */
export type AkismetCheck = (comment: AkismetComment) => Promise<StageResult>;

/**
 * The client, made on its first use: akismet-api (with superagent and bluebird) is loaded only when a comment
 * actually goes to Akismet, not on every cold start of the service (a Netlify function answering a comment
 * list never needs it; docs/deploy.md).
 */
function akismetClient(options: AkismetOptions & { key: string }): () => Promise<AkismetClient> {
  return startOnce(async () => {
    const { AkismetClient } = await import('akismet-api');
    const client = new AkismetClient({ key: options.key, blog: options.blog, lang: 'de', charset: 'UTF-8' });
    if (options.endpoint) {
      // akismet-api builds `<key>.<host>` URLs; a local stand-in needs a plain base URL.
      Object.assign(client, { endpoint: `${options.endpoint}/1.1/`, rootEndpoint: `${options.endpoint}/1.1/` });
    }
    return client;
  });
}

/** Tells Akismet a verdict was wrong or right (submit-spam / submit-ham); throws when Akismet did not take it. */
export type AkismetSubmit = (verdict: 'spam' | 'ham', comment: AkismetComment) => Promise<void>;

/** The submit-spam/submit-ham sender, or undefined without a key (then there is nobody to tell). */
export function akismetSubmitter(options: AkismetOptions): AkismetSubmit | undefined {
  if (!options.key) return undefined;
  const client = akismetClient({ ...options, key: options.key });
  const timeoutMs = options.timeoutMs ?? AKISMET_TIMEOUT_MS;
  return async (verdict, comment) => {
    // Loading the client does not count against Akismet's time.
    const ready = await client();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Akismet-Zeitüberschreitung')), timeoutMs)));
    try {
      const fields = toAkismetFields(comment);
      await Promise.race([verdict === 'spam' ? ready.submitSpam(fields) : ready.submitHam(fields), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * The Akismet stage: spam → spam; ham → pass; no key, an error or no answer
 * within the timeout → moderation. It never throws, so a failing Akismet can
 * never lose a comment.
 */
export function akismetCheck(options: AkismetOptions): AkismetCheck {
  if (!options.key) return async () => ({ verdict: 'moderate', reason: 'akismet-off' });
  const client = akismetClient({ ...options, key: options.key });
  const timeoutMs = options.timeoutMs ?? AKISMET_TIMEOUT_MS;
  return async (comment) => {
    let ready: AkismetClient;
    try {
      // Loading the client does not count against Akismet's time.
      ready = await client();
    } catch {
      return { verdict: 'moderate', reason: 'akismet-error' };
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    try {
      const answer = await Promise.race([ready.checkSpam(toAkismetFields(comment)), timeout]);
      if (answer === 'timeout') return { verdict: 'moderate', reason: 'akismet-timeout' };
      return answer ? { verdict: 'spam', reason: 'akismet-spam' } : PASS;
    } catch {
      return { verdict: 'moderate', reason: 'akismet-error' };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The comment-check fields, named as akismet-api expects them. */
export function toAkismetFields(comment: AkismetComment): Parameters<AkismetClient['checkSpam']>[0] {
  return {
    user_ip: comment.ip ?? '',
    ...(comment.userAgent ? { user_agent: comment.userAgent } : {}),
    ...(comment.referrer ? { referrer: comment.referrer } : {}),
    permalink: comment.permalink,
    ...(comment.postModified ? { comment_post_modified_gmt: comment.postModified } : {}),
    comment_type: comment.type,
    comment_author: comment.name,
    comment_author_email: comment.email,
    ...(comment.url ? { comment_author_url: comment.url } : {}),
    comment_content: comment.content,
    comment_date_gmt: comment.date.toISOString(),
    // Only comments with an empty honeypot reach Akismet; naming the field still tells it one was there.
    honeypot_field_name: HONEYPOT_FIELD,
    [HONEYPOT_FIELD]: '',
  } as Parameters<AkismetClient['checkSpam']>[0];
}
