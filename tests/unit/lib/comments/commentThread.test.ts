import { describe, expect, it } from 'vitest';
import { commentListHtml } from '../../../../src/lib/comments/commentListHtml.ts';
import { threadComments, type PublicComment } from '../../../../src/lib/comments/commentThread.ts';

const comment = (id: string, parent: string | null = null): PublicComment => ({ id, parent, name: id, url: null, html: `<p>${id}</p>`, createdAt: '2026-05-01T10:00:00.000Z' });

describe('lib/comments/commentThread', () => {
  it('groups replies, and replies to replies, under their top-level comment', () => {
    const threads = threadComments([comment('a'), comment('b'), comment('a1', 'a'), comment('a1x', 'a1'), comment('b1', 'b')]);
    expect(threads.map((t) => [t.comment.id, t.replies.map((r) => r.id)])).toEqual([
      ['a', ['a1', 'a1x']],
      ['b', ['b1']],
    ]);
  });

  it('shows a reply whose parent is not published on its own', () => {
    expect(threadComments([comment('r', 'weg')]).map((t) => t.comment.id)).toEqual(['r']);
  });
});

describe('lib/comments/commentListHtml', () => {
  it('escapes names and links only http(s) author URLs', () => {
    const html = commentListHtml(
      [
        { ...comment('a'), name: '<b>Anna</b>', url: 'https://anna.example/"x' },
        { ...comment('b'), url: 'javascript:alert(1)' },
      ],
      { labels: { reply: 'Antworten' }, replyHref: (id) => `#${id}` },
    );
    expect(html).toContain('<a href="https://anna.example/&quot;x" rel="nofollow ugc noopener">&lt;b&gt;Anna&lt;/b&gt;</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<time datetime="2026-05-01T10:00:00.000Z">1. Mai 2026</time>');
  });

  it('renders nothing for no comments', () => {
    expect(commentListHtml([], { labels: { reply: 'x' }, replyHref: () => '' })).toBe('');
  });
});
