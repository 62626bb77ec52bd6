import { describe, expect, it } from 'vitest';
import { renderCommentBody } from '../../../functions/comments/renderBody.ts';

describe('comments/renderBody', () => {
  it('renders paragraphs, line breaks, emphasis, inline code and quotes', () => {
    expect(renderCommentBody('Erste *Zeile*\nzweite **Zeile**\n\n> Zitat\n\n`a < b`')).toBe(
      '<p>Erste <em>Zeile</em><br />\nzweite <strong>Zeile</strong></p>\n<blockquote>\n<p>Zitat</p>\n</blockquote>\n<p><code>a &lt; b</code></p>',
    );
  });

  it('renders http(s) and mailto links with rel="nofollow ugc noopener"', () => {
    expect(renderCommentBody('[Quelle](https://example.org/a?b=1) und https://example.net')).toBe(
      '<p><a href="https://example.org/a?b=1" rel="nofollow ugc noopener">Quelle</a> und <a href="https://example.net" rel="nofollow ugc noopener">https://example.net</a></p>',
    );
    expect(renderCommentBody('[schreib mir](mailto:a@example.org)')).toContain('href="mailto:a@example.org"');
  });

  it('keeps raw HTML as visible text', () => {
    expect(renderCommentBody('<b>fett</b> <img src=x onerror=alert(1)>')).toBe('<p>&lt;b&gt;fett&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('keeps the text of a link whose target is not http, https or mailto', () => {
    expect(renderCommentBody('[x](//evil.example)')).toBe('<p>x</p>');
    expect(renderCommentBody('[x](/relativ)')).toBe('<p>x</p>');
    expect(renderCommentBody('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
  });

  it('leaves headings, lists and images as plain text', () => {
    expect(renderCommentBody('# Titel\n- Punkt')).toBe('<p># Titel<br />\n- Punkt</p>');
    expect(renderCommentBody('![bild](https://example.org/a.png)')).not.toContain('<img');
  });

  it('does not link bare domains', () => {
    expect(renderCommentBody('siehe example.org')).toBe('<p>siehe example.org</p>');
  });
});
