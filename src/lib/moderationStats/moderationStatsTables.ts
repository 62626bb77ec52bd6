import { fill } from '../fillPlaceholders.ts';
import { formatMonth, STAT_STATUSES, type ModerationStats, type StatStatus } from './moderationStats.ts';

/** The words of the statistics, passed in so the browser script need not bundle the strings module. */
export interface ModerationStatsLabels {
  /** "Kommentare aus {month}, nach heutigem Stand" */
  statusCaption: string;
  /** "Ablehnungen im {month}, nach Grund" */
  reasonCaption: string;
  statusColumn: string;
  reasonColumn: string;
  countColumn: string;
  total: string;
  status: Record<StatStatus, string>;
  /** Reason code and label, in the guidelines' order. */
  reasons: ReadonlyArray<readonly [code: string, label: string]>;
}

/** One table as the page shows it: German caption, column headings, rows and their sum, numbers formatted. */
export interface StatsTable {
  caption: string;
  columns: [string, string];
  rows: Array<[label: string, count: string]>;
  total: [string, string];
}

const number = new Intl.NumberFormat('de-DE');

function table(caption: string, column: string, labels: ModerationStatsLabels, rows: Array<[string, number]>): StatsTable {
  return {
    caption,
    columns: [column, labels.countColumn],
    rows: rows.map(([label, count]) => [label, number.format(count)]),
    total: [labels.total, number.format(rows.reduce((sum, [, count]) => sum + count, 0))],
  };
}

/**
 * One month's moderation statistics as two tables: the comments written in
 * the month by their status, and the month's rejections by guideline reason
 * (every reason, zero included, so a reader sees what was not used).
 */
export function moderationStatsTables(stats: ModerationStats, labels: ModerationStatsLabels): [StatsTable, StatsTable] {
  const month = formatMonth(stats.month);
  return [
    table(fill(labels.statusCaption, { month }), labels.statusColumn, labels, STAT_STATUSES.map((status) => [labels.status[status], stats.comments[status]])),
    table(fill(labels.reasonCaption, { month }), labels.reasonColumn, labels, labels.reasons.map(([code, label]) => [label, stats.rejectReasons[code] ?? 0])),
  ];
}
