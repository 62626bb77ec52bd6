import { strings } from '../../src/strings.ts';
import { commentFormHtml, type CommentFormOptions } from '../../src/lib/comments/commentFormHtml.ts';
import { commentListHtml } from '../../src/lib/comments/commentListHtml.ts';
import { subscribeFormHtml, type SubscribeFormOptions } from '../../src/lib/comments/subscribeFormHtml.ts';
import type { PublicComment } from '../../src/lib/comments/commentThread.ts';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { reportFormHtml, reportFormId } from '../../src/lib/comments/reportFormHtml.ts';
import { reportLabels } from '../../src/lib/comments/reportLabels.ts';
import { urls } from '../../src/lib/urls.ts';
import type { CatalogPost } from './postCatalog.ts';
import type { CommentSort } from './pageThreads.ts';

const t = strings.comments;

/** The start of the slot the built template (src/pages/kommentare/index.astro) leaves for the service. */
const SLOT_START = '<div class="comments-page">';
const SLOT_END = '</div></div></main>';

/** What the server-rendered comments page shows. */
export interface CommentsPageView {
  post: CatalogPost;
  comments: readonly PublicComment[];
  form: Omit<CommentFormOptions, 'post'>;
  /** The subscription form's address and error, after a refused subscription request. */
  subscribe?: Omit<SubscribeFormOptions, 'post'>;
  /** An error to show above everything (a form post that was refused). */
  notice?: string;
  /** Which page of the threads this is (`?seite=n&sortierung=neueste`); the comments shown are that page's. */
  paging?: { page: number; pages: number; sort: CommentSort; total: number };
  /** The comment whose report form is open (`?melden=<id>`), with why the last attempt was refused. */
  report?: { commentId: string; error?: string };
}

/** Anchor on the comments page whose :target rule shows the thanks for a report sent without JavaScript. */
export const REPORT_CONFIRMATION_ANCHOR = 'meldung-eingegangen';

/** The address of one page of the comments page without JavaScript (page 1 and the oldest-first order need no parameter). */
export function commentsPageHref(post: string, page: number, sort: CommentSort): string {
  const params = new URLSearchParams();
  if (page > 1) params.set('seite', String(page));
  if (sort === 'newest') params.set('sortierung', 'neueste');
  const query = params.toString();
  return `${urls.comments(post)}${query ? `?${query}` : ''}#kommentare`;
}

function pagingHtml(post: string, paging: NonNullable<CommentsPageView['paging']>): string {
  const { page, pages, sort } = paging;
  const link = (href: string, text: string, rel = '') => `<a href="${escapeHtml(href)}"${rel ? ` rel="${rel}"` : ''}>${escapeHtml(text)}</a>`;
  const other: CommentSort = sort === 'oldest' ? 'newest' : 'oldest';
  return (
    `<nav class="comment-pages" aria-label="${escapeHtml(t.pagesLabel)}"><p>` +
    (page > 1 ? `${link(commentsPageHref(post, page - 1, sort), t.previousPage, 'prev')} · ` : '') +
    `${escapeHtml(t.pageOf(page, pages))}` +
    (page < pages ? ` · ${link(commentsPageHref(post, page + 1, sort), t.nextPage, 'next')}` : '') +
    ` · ${link(commentsPageHref(post, 1, other), other === 'newest' ? t.sortNewest : t.sortOldest)}` +
    `</p></nav>`
  );
}

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
    `<h2 id="kommentare-titel">${escapeHtml(t.count(view.paging?.total ?? comments.length))}</h2>` +
    (view.paging ? pagingHtml(post.id, view.paging) : '') +
    commentListHtml(comments, {
      labels: { reply: t.reply, report: strings.report.button, reportOf: strings.report.buttonOf('{name}'), edited: strings.commentEdits.edited },
      replyHref: (id) => replyHref(post.id, id),
      reportHref: (id) => reportHref(post.id, id),
      extra: reportForm,
    }) +
    (view.paging && view.paging.pages > 1 ? pagingHtml(post.id, view.paging) : '') +
    `<h2>${t.formHeading}</h2>` +
    commentFormHtml({ ...view.form, post: post.id }) +
    `<h2>${t.subscribeHeading}</h2>` +
    subscribeFormHtml({ ...view.subscribe, post: post.id }) +
    `</section>`;
  const page = template.slice(0, start + SLOT_START.length) + content + template.slice(end);
  const feedLink = `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(t.feedTitle(post.title))}" href="${urls.comments(post.id)}feed.xml">`;
  return page
    .replace('</head>', `${feedLink}</head>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${title} · ${strings.site.name}`)}</title>`)
    // og:title and twitter:title of the template carry its heading.
    .replaceAll(`content="${escapeHtml(t.heading)}"`, `content="${escapeHtml(title)}"`)
    // Canonical and og:url of the template name /kommentare/; this page has its own address.
    .replaceAll('/kommentare/"', `${urls.comments(post.id)}"`);
}
