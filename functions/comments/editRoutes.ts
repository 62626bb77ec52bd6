import { Hono, type Context } from 'hono';
import { strings } from '../../src/strings.ts';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { urls } from '../../src/lib/urls.ts';
import { ApiError } from '../http/apiError.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { limitBody } from '../http/limitBody.ts';
import { bodyKind, readFields } from '../http/readRequestBody.ts';
import { getCommentRow } from '../moderation/moderationQueries.ts';
import { standalonePage } from '../moderation/standalonePage.ts';
import { deleteOwnComment, editOwnComment, type AuthorEditOutcome } from './authorEdits.ts';
import { checkEditToken, EDIT_PAGE_PATH, editTokenExpiry } from './editToken.ts';
import type { RequestOrigin } from './requestOrigin.ts';
import { isCrossSite } from './routes.ts';
import type { CommentServices } from './services.ts';
import { parseBody } from './submissionSchema.ts';

type Env = { Bindings: AppBindings };

const REFUSALS: Record<Exclude<AuthorEditOutcome['kind'], 'edited' | 'deleted' | 'rate-limited'>, { status: 401 | 403 | 404 | 409; code: ApiError['code'] }> = {
  'token-missing': { status: 401, code: 'edit-token-missing' },
  'token-invalid': { status: 403, code: 'edit-token-invalid' },
  'token-expired': { status: 403, code: 'edit-token-expired' },
  'unknown-comment': { status: 404, code: 'unknown-comment' },
  duplicate: { status: 409, code: 'duplicate' },
};

/** An ApiError for every outcome but success. */
function refusal(outcome: AuthorEditOutcome): ApiError | undefined {
  if (outcome.kind === 'edited' || outcome.kind === 'deleted') return undefined;
  if (outcome.kind === 'rate-limited') return new ApiError(429, 'rate-limited', { headers: { 'Retry-After': String(outcome.retryAfterSeconds) } });
  const { status, code } = REFUSALS[outcome.kind];
  return new ApiError(status, code);
}

/** `editToken` must be text when it is there at all; a missing one is answered 401 later. */
function tokenField(fields: Record<string, unknown>, name: string): unknown {
  const value = fields[name];
  if (value !== undefined && value !== null && typeof value !== 'string') throw new ApiError(400, 'invalid-input', { fields: { [name]: strings.commentFields.notText } });
  return value;
}

function originOf(c: Context<Env>, services: CommentServices): RequestOrigin {
  return { ip: clientIp(c, services.config.trustProxy), userAgent: c.req.header('user-agent') ?? null, referrer: c.req.header('referer') ?? null };
}

/**
 * An author's own comment during the edit window (issue 15): `PATCH` and `DELETE /api/comments/:id`
 * with the `editToken` of the 201 answer, and the page for readers without JavaScript.
 */
export function commentEditRoutes(services: CommentServices): Hono<Env> {
  const app = new Hono<Env>();

  const guard = async (c: Context<Env>, next: () => Promise<void>) => {
    c.header('Cache-Control', 'no-store');
    if (isCrossSite(c, services.config.siteUrl)) throw new ApiError(403, 'cross-site');
    await next();
  };

  app.patch('/api/comments/:id', limitBody, guard, async (c) => {
    const fields = await readFields(c);
    const token = tokenField(fields, 'editToken');
    const checked = parseBody(fields.body);
    // The token first: without a valid one nobody learns anything about the comment, not even what is wrong with the text.
    const early = checkEditToken(services.config.secret, c.req.param('id'), token, services.now());
    if (early !== 'ok') throw refusal({ kind: `token-${early}` })!;
    if (!checked.ok) throw new ApiError(400, 'invalid-input', { fields: { body: checked.message } });
    const outcome = await editOwnComment(services, c.req.param('id'), token, checked.body, originOf(c, services));
    const error = refusal(outcome);
    if (error || outcome.kind !== 'edited') throw error;
    return c.json({ id: c.req.param('id'), status: outcome.status, html: outcome.html, editedAt: outcome.editedAt });
  });

  app.delete('/api/comments/:id', limitBody, guard, async (c) => {
    // A DELETE may come without a body (then the token is missing: 401).
    const fields = bodyKind(c.req.header('content-type')) || Number(c.req.header('content-length') ?? 0) > 0 ? await readFields(c) : {};
    const outcome = await deleteOwnComment(services, c.req.param('id'), tokenField(fields, 'editToken'), originOf(c, services));
    const error = refusal(outcome);
    if (error) throw error;
    return c.json({ id: c.req.param('id'), deleted: true });
  });

  app.put('/api/comments/:id', (c) => {
    c.header('Allow', 'PATCH, DELETE');
    throw new ApiError(405, 'method-not-allowed');
  });

  app.get(EDIT_PAGE_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const id = c.req.query('id') ?? '';
    const token = c.req.query('token') ?? '';
    const check = checkEditToken(services.config.secret, id, token, services.now());
    if (check !== 'ok') return editPage(c, 403, { notice: check === 'expired' ? strings.commentEdits.expired : strings.commentErrors['edit-token-invalid'] });
    const row = await getCommentRow(services.db, id);
    if (!row || row.deleted_at || row.status === 'rejected') return editPage(c, 404, { notice: strings.commentErrors['unknown-comment'] });
    return editPage(c, 200, {
      notice: row.edited_at ? undefined : strings.comments[row.status === 'approved' ? 'approved' : 'pending'],
      form: { id, token, body: row.body_source },
      post: row.post_slug,
      anchor: row.status === 'approved' ? id : undefined,
    });
  });

  app.post(EDIT_PAGE_PATH, limitBody, guard, async (c) => {
    const fields = await readFields(c);
    const id = typeof fields.id === 'string' ? fields.id : '';
    const token = tokenField(fields, 'token');
    const origin = originOf(c, services);
    if (fields.action === 'delete') {
      const outcome = await deleteOwnComment(services, id, token, origin);
      if (outcome.kind === 'deleted') return editPage(c, 200, { notice: strings.commentEdits.deleted, post: outcome.post });
      return refusedPage(c, outcome);
    }
    const checked = parseBody(fields.body);
    const form = { id, token: typeof token === 'string' ? token : '', body: typeof fields.body === 'string' ? fields.body : '' };
    if (!checked.ok) {
      const early = checkEditToken(services.config.secret, id, token, services.now());
      if (early !== 'ok') return refusedPage(c, { kind: `token-${early}` });
      return editPage(c, 400, { notice: strings.comments.fixFields, form, error: checked.message });
    }
    const outcome = await editOwnComment(services, id, token, checked.body, origin);
    if (outcome.kind !== 'edited') return refusedPage(c, outcome, form);
    return editPage(c, 200, {
      notice: outcome.status === 'approved' ? strings.commentEdits.saved : strings.commentEdits.savedPending,
      form: { ...form, body: checked.body },
      post: outcome.post,
      anchor: outcome.status === 'approved' ? id : undefined,
    });
  });

  return app;
}

function refusedPage(c: Context<Env>, outcome: AuthorEditOutcome, form?: EditForm): Response {
  const error = refusal(outcome)!;
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  const notice = outcome.kind === 'token-expired' ? strings.commentEdits.expired : strings.commentErrors[error.code];
  // Only a duplicate or a rate limit leaves the token usable: the form stays.
  return editPage(c, error.status as 401 | 403 | 404 | 409 | 429, { notice, form: outcome.kind === 'duplicate' || outcome.kind === 'rate-limited' ? form : undefined });
}

interface EditForm {
  id: string;
  token: string;
  body: string;
}

/** The no-JS page: a notice, the text to change with „Änderung speichern“, „Löschen“, and the way back. No script, no cookie. */
function editPage(c: Context<Env>, status: 200 | 400 | 401 | 403 | 404 | 409 | 429, page: { notice?: string; form?: EditForm; error?: string; post?: string; anchor?: string }): Response {
  const t = strings.commentEdits;
  let body = page.notice ? `<p class="comment-edit-notice" role="status">${escapeHtml(page.notice)}</p>` : '';
  if (page.form) {
    const expiry = editTokenExpiry(page.form.token);
    const hidden = `<input type="hidden" name="id" value="${escapeHtml(page.form.id)}"><input type="hidden" name="token" value="${escapeHtml(page.form.token)}">`;
    if (expiry) body += `<p>${escapeHtml(t.window(expiry.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' })))}</p>`;
    body +=
      `<form class="comment-edit-form" method="post" action="${EDIT_PAGE_PATH}">${hidden}` +
      `<p><label for="comment-edit-body">${escapeHtml(strings.comments.body)}</label><br>` +
      `<textarea id="comment-edit-body" name="body" rows="8" cols="60" maxlength="5000" required${page.error ? ' aria-invalid="true" aria-describedby="comment-edit-error"' : ''}>${escapeHtml(page.form.body)}</textarea></p>` +
      (page.error ? `<p id="comment-edit-error" class="field-error">${escapeHtml(page.error)}</p>` : '') +
      `<p><button type="submit" name="action" value="save">${escapeHtml(t.save)}</button></p></form>` +
      `<form class="comment-delete-form" method="post" action="${EDIT_PAGE_PATH}">${hidden}<p><button type="submit" name="action" value="delete">${escapeHtml(t.delete)}</button></p></form>`;
  }
  if (page.post) body += `<p><a href="${escapeHtml(`${urls.post(page.post)}${page.anchor ? `#kommentar-${page.anchor}` : ''}`)}">${escapeHtml(t.backToArticle)}</a></p>`;
  c.header('Cache-Control', 'no-store');
  return c.html(standalonePage(t.pageTitle, body), status);
}
