import type { Context } from 'hono';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { strings } from '../../src/strings.ts';
import { urls } from '../../src/lib/urls.ts';
import { renderCommentsPage, REPORT_CONFIRMATION_ANCHOR } from '../comments/commentsPage.ts';
import { listApprovedComments } from '../comments/queries.ts';
import type { CommentServices } from '../comments/services.ts';
import { getCommentRow } from './moderationQueries.ts';
import { standalonePage } from './standalonePage.ts';

/** How a report sent as a plain form post ended. */
export type ReportFormOutcome = { kind: 'reported' } | { kind: 'invalid' } | { kind: 'not-found' } | { kind: 'rate-limited'; retryAfterSeconds: number };

const STATUS = { invalid: 400, 'not-found': 404, 'rate-limited': 429 } as const;

/**
 * The answer to a report from the comments page without JavaScript: 303 back
 * to that page, whose thanks appear through CSS `:target`; a refused report
 * gets the page again with the form open and the reason in German (or, for a
 * comment that no longer exists, a small page that says so).
 */
export async function reportFormAnswer(c: Context, services: CommentServices, commentId: string, outcome: ReportFormOutcome): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  const row = await getCommentRow(services.db, commentId);
  const post = row ? await services.posts.get(row.post_slug) : undefined;
  if (outcome.kind === 'reported' && post) return c.redirect(`${urls.comments(post.id)}#${REPORT_CONFIRMATION_ANCHOR}`, 303);
  const status = outcome.kind === 'reported' ? 202 : STATUS[outcome.kind];
  if (outcome.kind === 'rate-limited') c.header('Retry-After', String(outcome.retryAfterSeconds));
  const t = strings.report;
  const message = { reported: t.thanks, invalid: t.chooseReason, 'not-found': t.gone, 'rate-limited': t.rateLimited }[outcome.kind];
  const template = await services.pageTemplate.get();
  if (!post || !template) {
    const back = post ? urls.post(post.id) : urls.home();
    return c.html(standalonePage(t.title, `<p role="status">${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(post ? strings.comments.backToArticle : t.back)}</a></p>`), status);
  }
  const comments = await listApprovedComments(services.db, post.id);
  const open = outcome.kind === 'invalid' && comments.some((comment) => comment.id === commentId);
  const page = renderCommentsPage(template, {
    post,
    comments,
    form: {},
    notice: open ? undefined : message,
    report: open ? { commentId, error: message } : undefined,
  });
  return c.html(page, status);
}
