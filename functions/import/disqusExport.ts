import { attributeOf, childOf, listOf, parseExportXml, textOf } from './exportXml.ts';
import type { ForeignComment, ForeignExport, ForeignState } from './foreignComment.ts';

/** Thrown when the XML is fine but is no Disqus export. */
export class NotDisqusExport extends Error {}

interface DisqusThread {
  link: string;
  identifier: string;
}

/**
 * Reads a Disqus export: `<thread dsq:id>` elements name the pages (their
 * `<link>` and `<id>`, the identifier the site gave Disqus), `<post dsq:id>`
 * elements are the comments, pointing to their thread and parent. Pure.
 */
export function parseDisqusExport(xml: string): ForeignExport {
  const doc = parseExportXml(xml, ['disqus.thread', 'disqus.post']);
  const root = childOf(doc, 'disqus');
  if (root === undefined) throw new NotDisqusExport('disqus');
  const threads = new Map<string, DisqusThread>();
  for (const thread of listOf(childOf(root, 'thread'))) {
    const id = attributeOf(thread, 'dsq:id');
    if (id) threads.set(id, { link: textOf(childOf(thread, 'link')).trim(), identifier: textOf(childOf(thread, 'id')).trim() });
  }
  const comments: ForeignComment[] = [];
  for (const post of listOf(childOf(root, 'post'))) {
    const id = attributeOf(post, 'dsq:id').trim();
    const thread = threads.get(attributeOf(childOf(post, 'thread'), 'dsq:id'));
    const parent = attributeOf(childOf(post, 'parent'), 'dsq:id').trim();
    const author = childOf(post, 'author');
    const flag = (name: string) => textOf(childOf(post, name)).trim().toLowerCase();
    comments.push({
      sourceId: id,
      displayId: id,
      parentSourceId: parent || null,
      articleUrl: thread?.link ?? '',
      articleSlugs: thread?.identifier ? [thread.identifier] : [],
      authorName: textOf(childOf(author, 'name')),
      authorEmail: textOf(childOf(author, 'email')).trim(),
      authorUrl: textOf(childOf(author, 'link')).trim(),
      html: textOf(childOf(post, 'message')),
      createdAt: isoDate(textOf(childOf(post, 'createdAt')).trim()),
      state: disqusState(flag('isDeleted'), flag('isSpam'), flag('isApproved')),
    });
  }
  return { source: 'disqus', comments };
}

/** isDeleted wins over isSpam; an export that says isApproved=false holds the comment for a moderator. */
export function disqusState(isDeleted: string, isSpam: string, isApproved: string): ForeignState {
  if (isDeleted === 'true') return 'deleted';
  if (isSpam === 'true') return 'spam';
  if (isApproved === 'false') return 'pending';
  return 'approved';
}

/** Disqus writes `2015-03-02T08:00:00Z` (UTC also without the Z); anything Date cannot read is null. */
function isoDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/i.test(value)) return null;
  const date = new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
