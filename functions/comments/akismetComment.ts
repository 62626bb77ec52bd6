import { urls } from '../../src/lib/urls.ts';
import type { AkismetComment } from '../spam/akismet.ts';
import type { RequestOrigin } from './submitComment.ts';
import type { Submission } from './submissionSchema.ts';

/** The comment as Akismet's comment-check wants it (raw IP and user agent: sent, never stored). */
export function akismetFieldsFor(submission: Submission, origin: RequestOrigin, siteUrl: string, now: Date): AkismetComment {
  return {
    ip: origin.ip,
    userAgent: origin.userAgent,
    permalink: new URL(urls.post(submission.post), siteUrl).href,
    type: submission.parent ? 'reply' : 'comment',
    name: submission.name,
    email: submission.email,
    url: submission.url,
    content: submission.body,
    date: now,
  };
}
