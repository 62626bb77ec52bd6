import { urls } from '../../src/lib/urls.ts';
import type { AkismetComment } from '../spam/akismet.ts';
import type { RequestOrigin } from './requestOrigin.ts';
import type { CatalogPost } from './postCatalog.ts';
import type { Submission } from './submissionSchema.ts';

/** The comment as Akismet's comment-check wants it (raw IP and user agent: sent, never stored). */
export function akismetFieldsFor(submission: Submission, post: CatalogPost, origin: RequestOrigin, siteUrl: string, now: Date): AkismetComment {
  return {
    ip: origin.ip,
    userAgent: origin.userAgent,
    referrer: origin.referrer,
    permalink: new URL(urls.post(post.id), siteUrl).href,
    postModified: post.modified,
    type: submission.parent ? 'reply' : 'comment',
    name: submission.name,
    email: submission.email,
    url: submission.url,
    content: submission.body,
    date: now,
  };
}
