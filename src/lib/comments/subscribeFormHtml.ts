import { strings } from '../../strings.ts';
import { urls } from '../urls.ts';
import { HONEYPOT_FIELD } from './commentFormHtml.ts';
import { escapeHtml } from './escapeHtml.ts';

const t = strings.comments;

/** Anchor on the article page whose :target rule confirms a subscription request without JavaScript. */
export const SUBSCRIBE_CONFIRMATION_ANCHOR = 'abo-angefragt';

export interface SubscribeFormOptions {
  post: string;
  /** The address to show again after an error. */
  email?: string;
  /** The message for the e-mail field, from the API's `fields.email`. */
  error?: string;
}

/**
 * The small form under the comments that subscribes an address to every new
 * comment on the article: posts to the service with or without JavaScript.
 * The same markup on the article page and on the comments page.
 */
export function subscribeFormHtml(options: SubscribeFormOptions): string {
  const error = options.error ?? '';
  const describedBy = `abo-hinweis${error ? ' abo-email-fehler' : ''}`;
  return (
    `<form class="subscribe-form" id="abo-formular" method="post" action="/api/subscriptions" novalidate>` +
    `<p class="form-hint" id="abo-hinweis">${t.subscribeIntro}</p>` +
    `<input type="hidden" name="post" value="${escapeHtml(options.post)}">` +
    `<p class="form-field"><label for="abo-email">${t.subscribeEmail}</label>` +
    `<input type="email" id="abo-email" name="email" required maxlength="254" autocomplete="email" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''}${options.email ? ` value="${escapeHtml(options.email)}"` : ''}>` +
    `<span class="form-error" id="abo-email-fehler"${error ? '' : ' hidden'}>${escapeHtml(error)}</span></p>` +
    // Bots that fill in every field reveal themselves; they get the same answer and no mail goes out.
    `<p class="form-trap" aria-hidden="true"><label for="abo-${HONEYPOT_FIELD}">${t.honeypot}</label><input type="text" id="abo-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></p>` +
    `<p class="form-privacy">${t.subscribePrivacy} <a href="${urls.page('datenschutz')}#benachrichtigungen-per-e-mail">${t.privacyLink}</a>.</p>` +
    `<p><button type="submit" class="subscribe-submit">${t.subscribeSubmit}</button></p>` +
    `<p class="comment-status subscribe-status" role="status" aria-live="polite"></p>` +
    `</form>`
  );
}
