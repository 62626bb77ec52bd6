import { escapeHtml } from '../comments/escapeHtml.ts';
import { formatDateTime } from '../formatDate.ts';
import { fill } from '../fillPlaceholders.ts';
import type { EditEntry, HistoryEntry } from '../api/moderation.ts';
import type { QueueLabels } from './queueView.ts';

/** What GET /api/moderation/comments/:id adds to a comment: its log and its earlier texts (docs/api.md). */
export interface CommentHistory {
  log: Pick<HistoryEntry, 'action' | 'reason' | 'moderatorName' | 'createdAt'>[];
  edits: (Pick<EditEntry, 'previousBody' | 'moderatorName' | 'createdAt'> & Partial<Pick<EditEntry, 'moderator'>>)[];
}

/** A comment's history for the moderators: every decision (what, why, who, when) and every earlier text. All values escaped. */
export function historyHtml(history: CommentHistory, labels: QueueLabels): string {
  const t = labels.queue.history;
  const when = (stamp: string) => `<time datetime="${escapeHtml(stamp)}">${escapeHtml(formatDateTime(stamp))}</time>`;
  const who = (name: string | null) => (name ? ` · ${escapeHtml(fill(t.by, { name }))}` : '');
  const entries = history.log.map((entry) => {
    const what = t.actions[entry.action] ?? entry.action;
    const why = entry.reason ? ` (${escapeHtml(labels.rejectReasons[entry.reason] ?? entry.reason)})` : '';
    return `<li>${when(entry.createdAt)} · ${escapeHtml(what)}${why}${who(entry.moderatorName)}</li>`;
  });
  // An edit without a moderator is the author's own, within the edit window (issue 15).
  const edits = history.edits.map((edit) => `<li>${when(edit.createdAt)}${edit.moderator === null ? ` · ${escapeHtml(t.byAuthor)}` : who(edit.moderatorName)}<blockquote>${escapeHtml(edit.previousBody)}</blockquote></li>`);
  return (
    (entries.length > 0 ? `<ol class="mod-history-log">${entries.join('')}</ol>` : `<p>${escapeHtml(t.empty)}</p>`) +
    (edits.length > 0 ? `<p class="mod-history-heading">${escapeHtml(t.previousHeading)}</p><ol class="mod-history-edits">${edits.join('')}</ol>` : '')
  );
}
