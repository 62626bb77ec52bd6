import { formatDate } from '../formatDate.ts';
import { threadComments, type PublicComment } from './commentThread.ts';
import { escapeHtml } from './escapeHtml.ts';
import { fill } from '../fillPlaceholders.ts';

/** The words the list shows, passed in so the browser script need not load every string of the site. */
export interface CommentListLabels {
  reply: string;
  /** "Melden"; without it the list offers no report. */
  report?: string;
  /** Completes "Melden" for screen readers, which hear many of them: " (Kommentar von {name})". */
  reportOf?: string;
  /** „bearbeitet“, after the date of a comment its author changed. */
  edited?: string;
}

export interface CommentListOptions {
  labels: CommentListLabels;
  /** Where a reply link leads without JavaScript; with JavaScript the script takes over the click. */
  replyHref: (id: string) => string;
  /**
   * Where "Melden" leads without JavaScript (the comments page's report form).
   * Left out, "Melden" is a disclosure button the article page's script opens.
   */
  reportHref?: (id: string) => string;
  /** HTML to add at the end of a comment (the comments page puts an open report form there). */
  extra?: (comment: PublicComment) => string;
}

const LINK_REL = 'nofollow ugc noopener';

function authorHtml(comment: PublicComment): string {
  const name = escapeHtml(comment.name);
  // The API only stores http(s) URLs; checked again because this string becomes an href.
  return comment.url && /^https?:\/\//i.test(comment.url) ? `<a href="${escapeHtml(comment.url)}" rel="${LINK_REL}">${name}</a>` : name;
}

function reportHtml(comment: PublicComment, options: CommentListOptions): string {
  const { report, reportOf = '' } = options.labels;
  if (!report) return '';
  const id = escapeHtml(comment.id);
  const label = `${escapeHtml(report)}<span class="visually-hidden">${escapeHtml(fill(reportOf, { name: comment.name }))}</span>`;
  return options.reportHref
    ? ` <a class="comment-report" href="${escapeHtml(options.reportHref(comment.id))}">${label}</a>`
    : ` <button type="button" class="comment-report" data-report="${id}" aria-expanded="false">${label}</button>`;
}

function editedHtml(comment: PublicComment, options: CommentListOptions): string {
  const { edited } = options.labels;
  return comment.editedAt && edited ? ` · <span class="comment-edited" title="${escapeHtml(formatDate(new Date(comment.editedAt)))}">${escapeHtml(edited)}</span>` : '';
}

function commentHtml(comment: PublicComment, options: CommentListOptions): string {
  const date = new Date(comment.createdAt);
  return (
    `<article class="comment" id="kommentar-${escapeHtml(comment.id)}">` +
    `<p class="comment-meta"><strong>${authorHtml(comment)}</strong> · <time datetime="${escapeHtml(comment.createdAt)}">${escapeHtml(formatDate(date))}</time>${editedHtml(comment, options)}</p>` +
    // Sanitized by the service (sanitize-html, strict allowlist) before it was stored.
    `<div class="comment-body">${comment.html}</div>` +
    `<p class="comment-actions"><a class="comment-reply" href="${escapeHtml(options.replyHref(comment.id))}" data-reply="${escapeHtml(comment.id)}" data-name="${escapeHtml(comment.name)}">${escapeHtml(options.labels.reply)}</a>${reportHtml(comment, options)}</p>` +
    (options.extra?.(comment) ?? '') +
    `</article>`
  );
}

/**
 * Approved comments as HTML, threaded one level deep: the same markup on the
 * server-rendered comments page and in the article page's script. A reply to
 * a reply keeps its real parent but is shown in its thread's one reply level.
 */
export function commentListHtml(comments: readonly PublicComment[], options: CommentListOptions): string {
  const threads = threadComments(comments);
  if (threads.length === 0) return '';
  return `<ol class="comment-list">${threads
    .map(({ comment, replies }) => {
      const replyList = replies.length
        ? `<ol class="comment-replies">${replies.map((reply) => `<li>${commentHtml(reply, options)}</li>`).join('')}</ol>`
        : '';
      return `<li>${commentHtml(comment, options)}${replyList}</li>`;
    })
    .join('')}</ol>`;
}
