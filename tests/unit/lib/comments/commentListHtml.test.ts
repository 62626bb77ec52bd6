import { describe, expect, it } from 'vitest';
import { commentListHtml } from '../../../../src/lib/comments/commentListHtml.ts';
import type { PublicComment } from '../../../../src/lib/comments/commentThread.ts';

const comments: PublicComment[] = [
  { id: 'c1', parent: null, name: 'Anna <B>', url: null, html: '<p>Hallo</p>', createdAt: '2026-05-01T10:00:00.000Z' },
  { id: 'c2', parent: 'c1', name: 'Ben', url: null, html: '<p>Antwort</p>', createdAt: '2026-05-01T11:00:00.000Z' },
];
const labels = { reply: 'Antworten', report: 'Melden', reportOf: ' (Kommentar von {name})' };

describe('lib/comments/commentListHtml', () => {
  it('offers “Melden” on every comment as a disclosure button for the article page’s script', () => {
    const html = commentListHtml(comments, { labels, replyHref: (id) => `#${id}` });
    expect(html).toContain('<button type="button" class="comment-report" data-report="c1" aria-expanded="false">Melden<span class="visually-hidden"> (Kommentar von Anna &lt;B&gt;)</span></button>');
    expect(html.match(/class="comment-report"/g)).toHaveLength(2);
  });

  it('makes “Melden” a link where there is no script (the comments page)', () => {
    const html = commentListHtml(comments, { labels, replyHref: (id) => `#${id}`, reportHref: (id) => `/kommentare/p/?melden=${id}#meldung-${id}` });
    expect(html).toContain('<a class="comment-report" href="/kommentare/p/?melden=c2#meldung-c2">Melden');
    expect(html).not.toContain('<button');
  });

  it('offers no report without its label, and adds extra HTML at the end of a comment', () => {
    const html = commentListHtml(comments, { labels: { reply: 'Antworten' }, replyHref: (id) => `#${id}`, extra: (comment) => (comment.id === 'c2' ? '<form id="f"></form>' : '') });
    expect(html).not.toContain('comment-report');
    expect(html).toContain('</p><form id="f"></form></article>');
    expect(html.match(/<form/g)).toHaveLength(1);
  });
});
