import { describe, expect, it } from 'vitest';
import { renderCommentsPage } from '../../../functions/comments/commentsPage.ts';

const TEMPLATE =
  '<html><head><title>Kommentare · Klartext</title><meta property="og:title" content="Kommentare"><link rel="canonical" href="https://k.example/kommentare/"></head>' +
  '<body><main id="inhalt"><div class="wrap"><div class="comments-page"><h1>Kommentare</h1><p>Hinweis</p></div></div></main><footer>Fuß</footer></body></html>';

const post = { id: 'artikel', title: 'Daten & <Macht>' };

describe('comments/commentsPage', () => {
  it('fills the template with the post’s title, its comments and the form, and gives the page its own address', () => {
    const html = renderCommentsPage(TEMPLATE, {
      post,
      comments: [{ id: 'c1', parent: null, name: 'Anna', url: null, html: '<p>Hallo</p>', createdAt: '2026-05-01T10:00:00.000Z' }],
      form: { values: { body: 'mein </textarea> Text' }, errors: { body: 'Zu lang.' } },
      notice: 'Bitte prüfen.',
    });
    expect(html).toContain('<title>Kommentare: Daten &amp; &lt;Macht&gt; · Klartext</title>');
    expect(html).toContain('<meta property="og:title" content="Kommentare: Daten &amp; &lt;Macht&gt;">');
    expect(html).toContain('href="https://k.example/kommentare/artikel/"');
    expect(html).toContain('<h1>Kommentare: Daten &amp; &lt;Macht&gt;</h1>');
    expect(html).toContain('<p>Hallo</p>');
    expect(html).toContain('href="/kommentare/artikel/?antwort=c1#kommentar-formular"');
    expect(html).toContain('mein &lt;/textarea&gt; Text</textarea>');
    expect(html).toContain('role="alert">Bitte prüfen.</p>');
    expect(html).not.toContain('<p>Hinweis</p>');
    expect(html).toMatch(/<\/section><\/div><\/div><\/main><footer>Fuß<\/footer>/);
  });

  it('offers “Melden” as a link on every comment and opens the report form under the one asked for', () => {
    const comments = [
      { id: 'c1', parent: null, name: 'Anna', url: null, html: '<p>Hallo</p>', createdAt: '2026-05-01T10:00:00.000Z' },
      { id: 'c2', parent: null, name: 'Ben', url: null, html: '<p>Servus</p>', createdAt: '2026-05-01T11:00:00.000Z' },
    ];
    const closed = renderCommentsPage(TEMPLATE, { post, comments, form: {} });
    expect(closed).toContain('<a class="comment-report" href="/kommentare/artikel/?melden=c1#meldung-c1">Melden');
    expect(closed).not.toContain('<form class="report-form"');
    // The thanks after a report without JavaScript, shown by CSS :target.
    expect(closed).toContain('<p class="comment-confirmation" id="meldung-eingegangen" role="status">Danke, die Moderation sieht sich den Kommentar an.</p>');

    const open = renderCommentsPage(TEMPLATE, { post, comments, form: {}, report: { commentId: 'c2', error: 'Bitte einen Grund aus den Leitlinien wählen.' } });
    expect(open.match(/<form class="report-form"/g)).toHaveLength(1);
    expect(open).toMatch(/<article class="comment" id="kommentar-c2">.*<form class="report-form" id="meldung-c2" method="post" action="\/api\/comments\/c2\/report"/);
    expect(open).toContain('<a class="report-cancel" href="/kommentare/artikel/#kommentar-c2">');
    expect(open).toContain('tabindex="-1">Bitte einen Grund aus den Leitlinien wählen.</p>');
  });

  it('says what is wrong when the template has no slot', () => {
    expect(() => renderCommentsPage('<html></html>', { post, comments: [], form: {} })).toThrow(/Platzhalter/);
  });
});
