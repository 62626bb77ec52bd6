import type { Migration } from 'kysely/migration';
import * as comments from './migrations/2026_11_25_01_comments.ts';
import * as moderation from './migrations/2026_11_25_02_moderation.ts';
import * as commentSources from './migrations/2026_11_25_03_comment_sources.ts';
import * as articleSubscriptions from './migrations/2026_11_26_01_article_subscriptions.ts';
import * as listVersions from './migrations/2026_12_05_12_list_versions.ts';
import * as commentThreads from './migrations/2026_12_05_17_comment_threads.ts';
import * as buildTriggers from './migrations/2026_12_05_12_build_triggers.ts';
import * as readerEdits from './migrations/2026_12_05_15_reader_edits.ts';
import * as spamFilter from './migrations/2026_12_05_16_spam_filter.ts';

/**
 * Every migration, in order, as an explicit import map: a bundled function has
 * no migrations folder to read at run time. Add new ones at the end.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_25_01_comments': comments,
  '2026_11_25_02_moderation': moderation,
  '2026_11_25_03_comment_sources': commentSources,
  '2026_11_26_01_article_subscriptions': articleSubscriptions,
  '2026_12_05_12_build_triggers': buildTriggers,
  '2026_12_05_12_list_versions': listVersions,
  '2026_12_05_15_reader_edits': readerEdits,
  '2026_12_05_16_spam_filter': spamFilter,
  '2026_12_05_17_comment_threads': commentThreads,
};
