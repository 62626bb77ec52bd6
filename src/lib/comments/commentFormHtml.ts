import { strings } from '../../strings.ts';
import { urls } from '../urls.ts';
import { escapeHtml } from './escapeHtml.ts';

const t = strings.comments;

/** The honeypot's field name (the service reads the same constant). */
export const HONEYPOT_FIELD = 'fax';

/** Form values to show again after an error, so nothing a reader typed is lost. */
export interface CommentFormValues {
  name?: string;
  email?: string;
  url?: string;
  body?: string;
  notify?: boolean;
}

export interface CommentFormOptions {
  post: string;
  parent?: string;
  /** Shown above the form when it answers a comment. */
  replyToName?: string;
  values?: CommentFormValues;
  /** One message per field name, from the API's `fields`. */
  errors?: Record<string, string>;
}

function field(name: string, label: string, input: string, options: CommentFormOptions, hint?: string): string {
  const error = options.errors?.[name];
  const describedBy = [hint ? `kommentar-${name}-hinweis` : '', error ? `kommentar-${name}-fehler` : ''].filter(Boolean).join(' ');
  const attrs = `id="kommentar-${name}" name="${name}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${error ? ' aria-invalid="true"' : ''}`;
  return (
    `<p class="form-field" data-field="${name}"><label for="kommentar-${name}">${label}</label>` +
    (hint ? `<span class="form-hint" id="kommentar-${name}-hinweis">${hint}</span>` : '') +
    input.replace('{attrs}', attrs) +
    `<span class="form-error" id="kommentar-${name}-fehler"${error ? '' : ' hidden'}>${escapeHtml(error ?? '')}</span></p>`
  );
}

/**
 * The comment form: posts to the service with or without JavaScript. The same
 * markup on the article page and on the server-rendered comments page.
 */
export function commentFormHtml(options: CommentFormOptions): string {
  const v = options.values ?? {};
  const value = (text?: string) => (text ? ` value="${escapeHtml(text)}"` : '');
  const optional = ` <span class="form-optional">(${t.optional})</span>`;
  const replyNote = options.replyToName ? escapeHtml(t.replyTo(options.replyToName)) : '';
  return (
    `<form class="comment-form" id="kommentar-formular" method="post" action="/api/comments" novalidate>` +
    `<input type="hidden" name="post" value="${escapeHtml(options.post)}">` +
    `<input type="hidden" name="parent" value="${escapeHtml(options.parent ?? '')}">` +
    `<input type="hidden" name="token" value="">` +
    `<p class="comment-replying"${replyNote ? '' : ' hidden'}><span>${replyNote}</span> <button type="button" class="comment-cancel-reply">${t.cancelReply}</button></p>` +
    field('name', strings.comments.name, `<input type="text" {attrs} required maxlength="100" autocomplete="name"${value(v.name)}>`, options) +
    field('email', `${t.email} <span class="form-optional">(${t.emailHint})</span>`, `<input type="email" {attrs} required maxlength="254" autocomplete="email"${value(v.email)}>`, options) +
    field('url', `${t.url}${optional}`, `<input type="url" {attrs} maxlength="200" autocomplete="url" inputmode="url"${value(v.url)}>`, options) +
    field('body', t.body, `<textarea {attrs} required maxlength="5000" rows="7">${escapeHtml(v.body ?? '')}</textarea>`, options, t.bodyHint) +
    `<p class="form-check"><input type="checkbox" id="kommentar-notify" name="notify" value="on"${v.notify ? ' checked' : ''}> <label for="kommentar-notify">${t.notify}</label></p>` +
    // People never see this field; bots that fill in every field reveal themselves.
    `<p class="form-trap" aria-hidden="true"><label for="kommentar-${HONEYPOT_FIELD}">${t.honeypot}</label><input type="text" id="kommentar-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></p>` +
    `<p class="form-privacy">${t.privacy} <a href="${urls.page('datenschutz')}#kommentare">${t.privacyLink}</a>.</p>` +
    `<p><button type="submit" class="comment-submit">${t.submit}</button></p>` +
    `<p class="comment-status" role="status" aria-live="polite"></p>` +
    `</form>`
  );
}
