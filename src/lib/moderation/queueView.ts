import type { strings } from '../../strings.ts';
import { escapeHtml } from '../comments/escapeHtml.ts';
import { fill } from '../fillPlaceholders.ts';
import { formatDateTime } from '../formatDate.ts';
import { urls } from '../urls.ts';
import type { ModerationComment } from '../api/moderation.ts';

/** A comment as GET /api/moderation/comments returns it (docs/api.md): the API's shape plus the article's title. */
export type QueueComment = ModerationComment & { postTitle: string | null };

export type QueueAction = 'approve' | 'reject' | 'spam' | 'ham' | 'delete';

/** What a button does and says: approving a reported, published comment keeps it ("Behalten"). */
export interface QueueButton {
  action: QueueAction;
  label: 'approve' | 'keep' | 'reject' | 'spam' | 'ham' | 'delete';
}

/** The words of the page, handed over by the page so the script need not bundle the strings module. */
export interface QueueLabels {
  queue: (typeof strings)['moderation']['queue'];
  actions: Record<QueueAction, string>;
  rejectReasons: Record<string, string>;
  spamReasons: Record<string, string>;
  /** The spam filter's heading and the words for the two directions a clue can point in. */
  spamFilter: { heading: string; directions: { spam: string; ham: string } };
}

/** The buttons that make sense for a comment (approving a published comment does nothing, unless readers reported it). */
export function buttonsFor(comment: Pick<QueueComment, 'status' | 'reports'>): QueueButton[] {
  const plain = (actions: QueueAction[]) => actions.map((action): QueueButton => ({ action, label: action }));
  switch (comment.status) {
    case 'pending':
      return plain(['approve', 'reject', 'spam', 'delete']);
    case 'approved':
      return comment.reports > 0 ? [{ action: 'approve', label: 'keep' }, ...plain(['reject', 'spam', 'delete'])] : plain(['reject', 'spam', 'delete']);
    case 'rejected':
      return plain(['approve', 'spam', 'delete']);
    case 'spam':
      return plain(['ham', 'delete']);
  }
}


function reasonOptions(labels: QueueLabels): string {
  return (
    `<option value="">${escapeHtml(labels.queue.reason)}</option>` +
    Object.entries(labels.rejectReasons)
      .map(([code, label]) => `<option value="${escapeHtml(code)}">${escapeHtml(label)}</option>`)
      .join('')
  );
}

/** The reason picker used by one card and by the bulk bar. */
export function reasonSelectHtml(labels: QueueLabels, id: string): string {
  return `<select class="mod-reason" id="${escapeHtml(id)}" aria-label="${escapeHtml(labels.queue.reason)}">${reasonOptions(labels)}</select>`;
}

/** One comment of the queue: who, where, what, why it is here, and its buttons. Every value is escaped except `html`, which the service sanitized. */
export function queueCommentHtml(comment: QueueComment, labels: QueueLabels): string {
  const t = labels.queue;
  const id = escapeHtml(comment.id);
  const name = escapeHtml(comment.name);
  const who = [
    `<strong class="mod-name">${name}</strong>`,
    comment.email ? `<span class="mod-email"><span class="visually-hidden">${escapeHtml(t.email)}: </span>${escapeHtml(comment.email)}</span>` : `<span class="mod-email">${escapeHtml(t.noEmail)}</span>`,
    comment.url && /^https?:\/\//i.test(comment.url)
      ? `<a class="mod-url" href="${escapeHtml(comment.url)}" rel="nofollow noopener noreferrer ugc">${escapeHtml(comment.url)}</a>`
      : '',
    `<time datetime="${escapeHtml(comment.createdAt)}">${escapeHtml(formatDateTime(comment.createdAt))}</time>`,
  ].filter(Boolean);
  const article = `${urls.post(comment.post)}#kommentar-${comment.id}`;
  const why = comment.spamReasons.map((code) => labels.spamReasons[code] ?? code);
  const notes = [
    why.length > 0 ? `${escapeHtml(t.spamReasons)}: ${why.map(escapeHtml).join(', ')}` : '',
    comment.reports > 0 ? escapeHtml(fill(t.reportsCount, { n: comment.reports, reasons: comment.reportReasons.map((code) => labels.rejectReasons[code] ?? code).join(', ') })) : '',
    comment.rejectReason ? escapeHtml(fill(t.rejectedFor, { reason: labels.rejectReasons[comment.rejectReason] ?? comment.rejectReason })) : '',
  ].filter(Boolean);
  const buttons = buttonsFor(comment)
    .map(({ action, label }) =>
      action === 'reject'
        ? `<span class="mod-reject">${reasonSelectHtml(labels, `grund-${comment.id}`)}<button type="button" data-action="reject">${escapeHtml(labels.actions.reject)}</button></span>`
        : `<button type="button" data-action="${action}"${action === 'delete' ? ' class="mod-danger"' : ''}${label === 'keep' ? ' data-keep' : ''}>${escapeHtml(label === 'keep' ? t.keep : labels.actions[label])}</button>`,
    )
    .join('') +
    (comment.deleted ? '' : `<button type="button" data-edit aria-expanded="false" aria-controls="m-${id}-bearbeiten">${escapeHtml(t.edit)}</button>`) +
    `<button type="button" data-history aria-expanded="false" aria-controls="m-${id}-verlauf">${escapeHtml(t.history.button)}</button>`;
  return (
    `<li class="mod-comment" id="m-${id}" data-id="${id}" data-name="${name}" tabindex="-1" aria-labelledby="m-${id}-titel">` +
    `<div class="mod-comment-head"><input type="checkbox" class="mod-select" aria-label="${escapeHtml(`${t.select}: ${comment.name}`)}">` +
    `<p id="m-${id}-titel" class="mod-who">${who.join(' · ')}</p></div>` +
    `<p class="meta">${escapeHtml(t.article)}: <a href="${escapeHtml(article)}">${escapeHtml(comment.postTitle ?? comment.post)}</a>` +
    `${comment.parent ? ` · ${escapeHtml(t.replyTo)}` : ''}</p>` +
    `<div class="mod-body">${comment.html}</div>` +
    (comment.deleted ? '' : editFormHtml(comment, labels)) +
    (notes.length > 0 ? `<p class="mod-notes">${notes.join(' · ')}</p>` : '') +
    spamFilterHtml(comment, labels) +
    `<div class="mod-actions">${buttons}</div>` +
    `<div class="mod-history" id="m-${id}-verlauf" hidden></div>` +
    '</li>'
  );
}

/**
 * The spam filter's score and the features that weighed most (German, from the API), each marked
 * with the direction it points in, in words for screen readers and as a sign for the eye.
 */
function spamFilterHtml(comment: QueueComment, labels: QueueLabels): string {
  const filter = comment.spamFilter;
  if (!filter) return '';
  const t = labels.spamFilter;
  const clues = filter.clues
    .map(
      (clue) =>
        `<li class="mod-clue" data-direction="${clue.direction}"><span aria-hidden="true">${clue.direction === 'spam' ? '▲' : '▽'} </span>` +
        `<span class="visually-hidden">${escapeHtml(t.directions[clue.direction])}: </span>${escapeHtml(clue.label)}</li>`,
    )
    .join('');
  return (
    `<div class="mod-filter" data-outcome="${escapeHtml(filter.outcome)}" data-ready="${filter.ready}">` +
    `<p class="mod-filter-score">${escapeHtml(filter.summary)}</p>` +
    (clues ? `<ul class="mod-clues" aria-label="${escapeHtml(t.heading)}">${clues}</ul>` : '') +
    '</div>'
  );
}

/** The hidden form under a comment that replaces its text (PATCH; the service keeps the old text in the edit history). */
function editFormHtml(comment: QueueComment, labels: QueueLabels): string {
  const t = labels.queue;
  const id = escapeHtml(comment.id);
  return (
    `<form class="mod-edit" id="m-${id}-bearbeiten" hidden novalidate>` +
    `<label for="m-${id}-text">${escapeHtml(t.editLabel)}</label>` +
    `<textarea id="m-${id}-text" name="body" rows="6" maxlength="5000" aria-describedby="m-${id}-fehler">${escapeHtml(comment.body)}</textarea>` +
    `<p class="mod-edit-error" id="m-${id}-fehler" role="alert"></p>` +
    `<p class="mod-actions"><button type="submit">${escapeHtml(t.save)}</button><button type="button" data-cancel>${escapeHtml(t.cancel)}</button></p>` +
    '</form>'
  );
}
