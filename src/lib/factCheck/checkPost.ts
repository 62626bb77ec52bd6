import { CHECKLIST_ITEMS, type ChecklistItem } from '../checklist.ts';
import { strings } from '../../strings.ts';
import { CHECKLIST_RULES, type ChecklistProblem, type CheckContext } from './checklistRules.ts';
import type { PostToCheck } from './postToCheck.ts';

export type PostStatus = 'draft' | 'scheduled' | 'published';

export interface PostReport {
  id: string;
  file: string;
  title: string;
  pubDate?: Date;
  status: PostStatus;
  /** Corrections published for this post. */
  corrections: number;
  /** Problems per checklist item, in checklist order; an empty list means the item is done. */
  items: { item: ChecklistItem; problems: ChecklistProblem[] }[];
  /** Items without any error. */
  done: number;
  /** Whether the production build refuses this post. */
  blocksBuild: boolean;
}

/** Draft, scheduled (dated in the future) or published at `now`. */
export function postStatus(post: Pick<PostToCheck, 'draft' | 'pubDate'>, now: Date): PostStatus {
  if (post.draft) return 'draft';
  return post.pubDate && post.pubDate.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** The nine checklist items of one post, each with its problems. */
export function checkPost(post: PostToCheck, context: CheckContext): PostReport {
  const items = CHECKLIST_ITEMS.map((item) => ({
    item,
    problems: post.factCheck
      ? CHECKLIST_RULES[item](post, context).map((problem) => ({ item, ...problem }))
      : [{ item, severity: 'error' as const, message: strings.factCheck.missingBlock, fix: strings.factCheck.missingBlockFix }],
  }));
  const status = postStatus(post, context.now);
  const hasErrors = items.some(({ problems }) => problems.some((p) => p.severity === 'error'));
  return {
    id: post.id,
    file: post.file,
    title: post.title,
    pubDate: post.pubDate,
    status,
    corrections: Array.isArray(post.factCheck?.corrections) ? post.factCheck.corrections.length : 0,
    items,
    done: items.filter(({ problems }) => !problems.some((p) => p.severity === 'error')).length,
    // Scheduled posts are gated too: the build that publishes them may run unattended.
    blocksBuild: status !== 'draft' && hasErrors,
  };
}

/**
 * The report with problems added that need more than the post itself (the
 * file's git history, the site's other posts), as `npm run factcheck` finds them.
 */
export function withProblems(report: PostReport, extra: readonly ChecklistProblem[]): PostReport {
  if (extra.length === 0) return report;
  const items = report.items.map(({ item, problems }) => ({ item, problems: [...problems, ...extra.filter((p) => p.item === item)] }));
  const hasErrors = items.some(({ problems }) => problems.some((p) => p.severity === 'error'));
  return {
    ...report,
    items,
    done: items.filter(({ problems }) => !problems.some((p) => p.severity === 'error')).length,
    blocksBuild: report.status !== 'draft' && hasErrors,
  };
}

/** The build-gate message: one entry per problem, naming file, item and what to do. */
export function formatGateFailure(reports: readonly PostReport[]): string | null {
  const entries = reports
    .filter((report) => report.blocksBuild)
    .flatMap((report) =>
      report.items.flatMap(({ item, problems }) =>
        problems
          .filter((problem) => problem.severity === 'error')
          .map((problem) => `  ${report.file}\n    ${strings.checklist[item].title}: ${problem.message}\n    ${strings.contentErrors.hintLabel}: ${problem.fix}`),
      ),
    );
  if (entries.length === 0) return null;
  return [strings.factCheck.gateHeading(entries.length), '', ...entries, '', strings.factCheck.gateFooter].join('\n');
}
