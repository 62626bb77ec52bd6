import { strings } from '../../src/strings.ts';
import { commentFormHtml, type CommentFormOptions } from '../../src/lib/comments/commentFormHtml.ts';
import { commentListHtml } from '../../src/lib/comments/commentListHtml.ts';
import type { PublicComment } from '../../src/lib/comments/commentThread.ts';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { reportFormHtml, reportFormId } from '../../src/lib/comments/reportFormHtml.ts';
import { reportLabels } from '../../src/lib/comments/reportLabels.ts';
import { urls } from '../../src/lib/urls.ts';
import type { CatalogPost } from './postCatalog.ts';

const t = strings.comments;

/** The start of the slot the built template (src/pages/kommentare/index.astro) leaves for the service. */
const SLOT_START = '<div class="comments-page">';
const SLOT_END = '</div></div></main>';

/** What the server-rendered comments page shows. */
export interface CommentsPageView {
  post: CatalogPost;
  comments: readonly PublicComment[];
  form: Omit<CommentFormOptions, 'post'>;
  /** An error to show above everything (a form post that was refused). */
  notice?: string;
  /** The comment whose report form is open (`?melden=<id>`), with why the last attempt was refused. */
  report?: { commentId: string; error?: string };
}

/** Anchor on the comments page whose :target rule shows the thanks for a report sent without JavaScript. */
export const REPORT_CONFIRMATION_ANCHOR = 'meldung-eingegangen';

/** Where a reply link leads on the page without JavaScript. */
export function replyHref(post: string, id: string): string {
  return `${urls.comments(post)}?antwort=${encodeURIComponent(id)}#kommentar-formular`;
}

/** Where "Melden" leads on the page without JavaScript: the same page with that comment's report form open. */
export function reportHref(post: string, id: string): string {
  return `${urls.comments(post)}?melden=${encodeURIComponent(id)}#${reportFormId(id)}`;
}

/**
 * The comments page of one post, for readers without JavaScript and for form
 * posts that need a second try: the site's own page around the list and a
 * form that keeps what the reader typed.
 */
export function renderCommentsPage(template: string, view: CommentsPageView): string {
  const start = template.indexOf(SLOT_START);
  const end = template.indexOf(SLOT_END, start);
  if (start < 0 || end < 0) throw new Error('kommentare/index.html: Platzhalter für die Kommentarseite fehlt. Wurde die Seite neu gebaut?');
  const { post, comments } = view;
  const title = t.pageTitle(post.title);
  const { report } = view;
  const reportForm = (comment: PublicComment) =>
    comment.id === report?.commentId ? reportFormHtml(comment.id, reportLabels(), { cancelHref: `${urls.comments(post.id)}#kommentar-${comment.id}`, error: report.error }) : '';
  const content =
    `<h1>${escapeHtml(title)}</h1>` +
    `<p class="meta">${t.pageIntro} <a href="${urls.post(post.id)}">${t.backToArticle}</a></p>` +
    (view.notice ? `<p class="comment-notice" role="alert">${escapeHtml(view.notice)}</p>` : '') +
    `<p class="comment-confirmation" id="${REPORT_CONFIRMATION_ANCHOR}" role="status">${escapeHtml(strings.report.thanks)}</p>` +
    `<section class="comments" id="kommentare" aria-labelledby="kommentare-titel">` +
    `<h2 id="kommentare-titel">${escapeHtml(t.count(comments.length))}</h2>` +
    commentListHtml(comments, {
      labels: { reply: t.reply, report: strings.report.button, reportOf: strings.report.buttonOf('{name}') },
      replyHref: (id) => replyHref(post.id, id),
      reportHref: (id) => reportHref(post.id, id),
      extra: reportForm,
    }) +
    `<h2>${t.formHeading}</h2>` +
    commentFormHtml({ ...view.form, post: post.id }) +
    `</section>`;
  const page = template.slice(0, start + SLOT_START.length) + content + template.slice(end);
  return page
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${title} · ${strings.site.name}`)}</title>`)
    // og:title and twitter:title of the template carry its heading.
    .replaceAll(`content="${escapeHtml(t.heading)}"`, `content="${escapeHtml(title)}"`)
    // Canonical and og:url of the template name /kommentare/; this page has its own address.
    .replaceAll('/kommentare/"', `${urls.comments(post.id)}"`);
}
