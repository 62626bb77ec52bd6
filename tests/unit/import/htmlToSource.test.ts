import { describe, expect, it } from 'vitest';
import { renderCommentBody } from '../../../functions/comments/renderBody.ts';
import { htmlText, htmlToCommentSource } from '../../../functions/import/htmlToSource.ts';

/** What readers would see: the rendered comment's text. */
const seen = (html: string) =>
  renderCommentBody(htmlToCommentSource(html))
    .replace(/<br \/>\n?/g, '\n')
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('import/htmlToSource', () => {
  it('turns paragraphs and <br> into line breaks', () => {
    expect(htmlToCommentSource('<p>Eins<br>zwei</p>\n<p>Drei</p>')).toBe('Eins\nzwei\n\nDrei');
  });

  it('keeps WordPress line breaks written as plain newlines', () => {
    expect(htmlToCommentSource('Erste Zeile\nzweite Zeile\n\n\n\nNeuer Absatz')).toBe('Erste Zeile\nzweite Zeile\n\nNeuer Absatz');
  });

  it('makes an http(s) or mailto link a Markdown link and reads no other attribute', () => {
    const source = htmlToCommentSource('Siehe <a href="https://example.org/a_(b)" onclick="steal()" style="x">die Quelle</a> und <a href="mailto:red@example.org">Mail</a>.');
    expect(source).toBe('Siehe [die Quelle](https://example.org/a_%28b%29) und [Mail](mailto:red@example.org).');
    expect(renderCommentBody(source)).toBe(
      '<p>Siehe <a href="https://example.org/a_%28b%29" rel="nofollow ugc noopener">die Quelle</a> und <a href="mailto:red@example.org" rel="nofollow ugc noopener">Mail</a>.</p>',
    );
  });

  it('keeps only the text of javascript:, data: and relative links', () => {
    expect(htmlToCommentSource('<a href="javascript:alert(1)">böse</a> <a href="data:text/html,x">daten</a> <a href="/2019/05/alt/">alt</a>')).toBe('böse daten alt');
  });

  it('drops scripts, styles and embedded documents with their content', () => {
    const html = '<p>Vorher</p><script>alert("<b>x</b>")</script><style>p{color:red}</style><iframe src="https://evil.example"><p>innen</p></iframe><svg onload="alert(1)"><text>svg</text></svg><p>Nachher</p>';
    expect(htmlToCommentSource(html)).toBe('Vorher\n\nNachher');
  });

  it('strips every other tag and keeps its text', () => {
    expect(htmlToCommentSource('<div onmouseover="x()"><strong>fett</strong>, <em>kursiv</em>, <span style="color:red">rot</span>, <code>code</code></div>')).toBe('fett, kursiv, rot, code');
  });

  it('decodes entities, and escaped markup stays visible text, never HTML', () => {
    const html = 'a &amp; b &bdquo;zitiert&ldquo; &#x1F600; &lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick="x"&gt;';
    expect(seen(html)).toBe('a & b „zitiert“ 😀 <script>alert(1)</script> <b onclick="x">');
    expect(renderCommentBody(htmlToCommentSource(html))).not.toMatch(/<(script|b)\b/);
  });

  it('escapes what our Markdown would read, so the comment reads as it did', () => {
    for (const text of ['2*3*4 ist nicht *fett*', 'snake_case und _unterstrichen_', '[kein](Link)', '`kein Code`', 'Backslash \\ bleibt', '&amp;copy; bleibt wörtlich', '<https://example.org> in spitzen Klammern']) {
      const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(seen(html), text).toBe(text);
    }
  });

  it('turns a > at the start of a line into text, not a quote', () => {
    expect(seen('&gt; kein Zitat\nund a &gt; b')).toBe('> kein Zitat\nund a > b');
    expect(renderCommentBody(htmlToCommentSource('&gt; kein Zitat'))).not.toContain('blockquote');
  });

  it('makes <blockquote> a Markdown quote', () => {
    const source = htmlToCommentSource('<blockquote><p>Zitat eins</p><p>Zitat zwei</p></blockquote><p>Antwort</p>');
    expect(source).toBe('> Zitat eins\n>\n> Zitat zwei\n\nAntwort');
    expect(renderCommentBody(source)).toBe('<blockquote>\n<p>Zitat eins</p>\n<p>Zitat zwei</p>\n</blockquote>\n<p>Antwort</p>');
  });

  it('leaves plain addresses alone, so they still become links', () => {
    expect(htmlToCommentSource('siehe https://example.org/foo_bar?a=1&amp;b=2')).toBe('siehe https://example.org/foo_bar?a=1&b=2');
  });

  it('keeps the spaces around a link and uses the address when a link has no text', () => {
    expect(htmlToCommentSource('<a href="https://a.example">eins </a>zwei <a href="https://b.example"></a>')).toBe('[eins](https://a.example/) zwei [https://b.example/](https://b.example/)');
  });

  it('removes control characters and bidirectional overrides', () => {
    expect(htmlToCommentSource('a\u0000b\u0007c &#x202E;d&#x202C; e\r\nf')).toBe('abc d e\nf');
  });

  it('is empty for a comment that was only a script', () => {
    expect(htmlToCommentSource('<script>alert(1)</script>  <p> </p>')).toBe('');
  });
});

describe('import/htmlToSource htmlText', () => {
  it('decodes entities and drops tags, keeping the spacing', () => {
    expect(htmlText('Tom &amp; Jerry <b>Fan</b>\r\n<script>x</script>')).toBe('Tom & Jerry Fan\r\n');
  });
});
