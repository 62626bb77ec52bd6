import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';

/** One entry of a comment feed: a published comment and the article it belongs to. */
export interface FeedComment {
  id: string;
  post: string;
  postTitle: string;
  name: string;
  html: string;
  createdAt: string;
  updatedAt: string;
}

/** How many comments a feed holds (issue 15: the newest 50). */
export const FEED_SIZE = 50;

/**
 * An Atom feed (RFC 4287) of `comments`, newest first. Every text is escaped;
 * the comment's sanitized HTML goes into `type="html"` content, escaped once
 * more as §3.1.1.2 requires. `updated` is the newest entry's, or `emptyUpdated`.
 */
export function commentFeedXml(feed: { id: string; title: string; selfUrl: string; pageUrl: string; siteUrl: string; emptyUpdated: string }, comments: readonly FeedComment[]): string {
  const x = escapeHtml;
  const updated = comments.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), comments.length ? '' : feed.emptyUpdated);
  const entries = comments.map((c) => {
    const link = `${feed.siteUrl}/kommentare/${encodeURIComponent(c.post)}/#kommentar-${encodeURIComponent(c.id)}`;
    return (
      `<entry><id>${x(`${feed.siteUrl}/kommentare/${c.post}/#kommentar-${c.id}`)}</id>` +
      `<title>${x(`${c.name} zu „${c.postTitle}“`)}</title>` +
      `<author><name>${x(c.name)}</name></author>` +
      `<link rel="alternate" type="text/html" href="${x(link)}"/>` +
      `<published>${x(c.createdAt)}</published><updated>${x(c.updatedAt)}</updated>` +
      `<content type="html">${x(c.html)}</content></entry>`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">` +
    `<id>${x(feed.id)}</id><title>${x(feed.title)}</title><updated>${x(updated)}</updated>` +
    `<link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/>` +
    entries.join('') +
    `</feed>\n`
  );
}
