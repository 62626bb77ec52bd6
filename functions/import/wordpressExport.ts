import { childOf, listOf, parseExportXml, textOf } from './exportXml.ts';
import type { ForeignComment, ForeignExport, ForeignState } from './foreignComment.ts';
import { htmlText } from './htmlToSource.ts';

/** Thrown when the XML is fine but is no WordPress export. */
export class NotWordpressExport extends Error {}

const ITEMS = 'rss.channel.item';
const COMMENTS = `${ITEMS}.wp:comment`;

/**
 * Reads a WordPress export (WXR 1.x): every `<wp:comment>` of every `<item>`,
 * with the item's `<link>` and `<wp:post_name>` to find our article. Pure.
 */
export function parseWordpressExport(xml: string): ForeignExport {
  const doc = parseExportXml(xml, [ITEMS, COMMENTS]);
  const channel = childOf(childOf(doc, 'rss'), 'channel');
  if (!channel || typeof channel !== 'object') throw new NotWordpressExport('rss.channel');
  // WordPress numbers comments per site: the site is part of the id, so two blogs' comment 5 stay apart.
  const site = siteKey(textOf(childOf(channel, 'wp:base_blog_url')) || textOf(childOf(channel, 'wp:base_site_url')) || textOf(childOf(channel, 'link')));
  const comments: ForeignComment[] = [];
  for (const item of listOf(childOf(channel, 'item'))) {
    const articleUrl = textOf(childOf(item, 'link')).trim();
    const postName = textOf(childOf(item, 'wp:post_name')).trim();
    for (const entry of listOf(childOf(item, 'wp:comment'))) {
      const field = (name: string) => textOf(childOf(entry, `wp:comment_${name}`)).trim();
      const id = field('id');
      const parent = field('parent');
      comments.push({
        sourceId: id ? `${site}#${id}` : '',
        displayId: id,
        parentSourceId: parent && parent !== '0' ? `${site}#${parent}` : null,
        articleUrl,
        articleSlugs: postName ? [postName] : [],
        // WordPress keeps names and addresses HTML-escaped ("Tom &amp; Jerry").
        authorName: htmlText(field('author')),
        authorEmail: field('author_email'),
        authorUrl: htmlText(field('author_url')),
        html: textOf(childOf(entry, 'wp:comment_content')),
        createdAt: wordpressDate(field('date_gmt')) ?? wordpressDate(field('date')),
        state: wordpressState(field('approved'), field('type')),
      });
    }
  }
  return { source: 'wordpress', comments };
}

/** comment_approved: 1, 0, spam, trash, post-trashed; comment_type: empty or "comment" for a reader's comment. */
export function wordpressState(approved: string, type: string): ForeignState {
  if (type !== '' && type !== 'comment') return 'not-a-comment';
  if (approved === '1' || approved === 'approve') return 'approved';
  if (approved === 'spam') return 'spam';
  if (approved === 'trash' || approved === 'post-trashed') return 'deleted';
  // "0" and anything unknown: a moderator decides.
  return 'pending';
}

/**
 * "2024-03-02 09:15:00" as ISO 8601. comment_date_gmt is UTC; WordPress writes
 * "0000-00-00 00:00:00" for some comments, then the local comment_date is the
 * best there is (its zone is unknown, so it is taken as UTC).
 */
export function wordpressDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!match || match[1] === '0000') return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A site's address without scheme and trailing slash, lower-case: http and https name the same blog. */
function siteKey(url: string): string {
  return url.trim().replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
}

