import { strings } from '../../strings.ts';
import type { ModerationStatsLabels } from './moderationStatsTables.ts';

/**
 * The words of the statistics on /leitlinien/, from the strings module: built
 * into the page at build time, so the browser script never bundles the strings.
 */
export function moderationStatsLabels(): ModerationStatsLabels & { loading: string; loadFailed: string; shown: string } {
  const t = strings.moderationStats;
  return {
    statusCaption: t.statusCaption('{month}'),
    reasonCaption: t.reasonCaption('{month}'),
    statusColumn: t.statusColumn,
    reasonColumn: t.reasonColumn,
    countColumn: t.countColumn,
    total: t.total,
    status: t.status,
    reasons: Object.entries(strings.moderation.rejectReasons),
    loading: t.loading,
    loadFailed: t.loadFailed,
    shown: t.shown('{month}'),
  };
}
