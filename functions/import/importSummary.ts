import { strings } from '../../src/strings.ts';
import type { CommentStatus } from '../db/schema.ts';
import { LISTED_REASONS, SKIP_REASONS, type ImportPlan } from './planImport.ts';

const t = strings.commentImport;
const STATUS_ORDER: CommentStatus[] = ['approved', 'pending', 'spam', 'rejected'];

/**
 * The German report of an import: how many comments were imported (per
 * status), were there already (and why), and were skipped (per reason), then
 * one line per comment that needs a look (article not found, no text, …)
 * with file, id and address. Pure.
 */
export function formatImportSummary(plan: ImportPlan, file: string, dryRun: boolean): string {
  const lines = [t.summary.heading(t.sourceNames[plan.source], file)];
  if (dryRun) lines.push(t.summary.dryRun);
  const byStatus = countBy(plan.insert, (row) => row.status as CommentStatus);
  lines.push(t.summary.imported(t.summary.comments(plan.insert.length), details(STATUS_ORDER, byStatus, (status) => t.summary.statuses[status]), dryRun));
  const byWhy = countBy(plan.present, (entry) => entry.why);
  lines.push(t.summary.present(t.summary.comments(plan.present.length), details(['source', 'same-text'] as const, byWhy, (why) => t.summary.presentReasons[why])));
  const byReason = countBy(plan.skipped, (entry) => entry.reason);
  lines.push(t.summary.skipped(t.summary.comments(plan.skipped.length), details(SKIP_REASONS, byReason, (reason) => t.summary.reasons[reason])));
  const listed = plan.skipped.filter((entry) => LISTED_REASONS.has(entry.reason));
  if (listed.length > 0) {
    lines.push(t.summary.listHeading);
    for (const { comment, reason } of listed) lines.push(t.summary.listRow(file, comment.displayId || '?', comment.articleUrl, t.summary.reasons[reason]));
    if (byReason.has('unknown-article')) lines.push(t.summary.listHint);
  }
  return lines.join('\n');
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** "4 freigeschaltet, 1 Spam": the non-zero counts in a fixed order. */
function details<K>(order: readonly K[], counts: Map<K, number>, label: (key: K) => string): string {
  return order
    .filter((key) => (counts.get(key) ?? 0) > 0)
    .map((key) => `${counts.get(key)} ${label(key)}`)
    .join(', ');
}
