import type { ChecklistProblem } from './checklistRules.ts';
import { correctionEvidence, type CommittedVersion } from './correctionEvidence.ts';
import type { PostToCheck } from './postToCheck.ts';
import { nearDuplicateReasons, notAskedReasons, recycledParagraphs } from './rightOfReply.ts';
import { supersededClaims } from './freshness.ts';
import { formatDate } from '../formatDate.ts';
import { strings } from '../../strings.ts';

const t = strings.factCheck;

export interface SiteCheckInput {
  posts: readonly PostToCheck[];
  /** Committed versions of each post file by post id; `undefined`: not in git. */
  histories: ReadonlyMap<string, readonly CommittedVersion[] | undefined>;
  now: Date;
}

/**
 * The checks of `npm run factcheck` that look beyond one post's frontmatter:
 * the git history of its file, and reasons for not asking a criticised party
 * that repeat those of other posts, and figures a later post of the site has
 * updated from the same source. Problems per post id.
 */
export function siteProblems({ posts, histories }: SiteCheckInput): Map<string, ChecklistProblem[]> {
  const found = new Map<string, ChecklistProblem[]>();
  const add = (id: string, problems: ChecklistProblem[]) => found.set(id, [...(found.get(id) ?? []), ...problems]);
  for (const post of posts) {
    add(post.id, correctionEvidence(post, histories.get(post.id)).map((p) => ({ item: 'corrections' as const, ...p })));
  }
  const reasons = posts.flatMap((post) => notAskedReasons(post.id, post.factCheck?.rightOfReply));
  for (const [reason, twins] of nearDuplicateReasons(reasons)) {
    const others = twins.map((twin) => `${twin.postId} (${twin.party})`).join(', ');
    add(reason.postId, [{ item: 'rightOfReply', severity: 'warning', message: t.replyReasonRepeated(reason.party, others), fix: t.replyReasonRepeatedFix }]);
  }
  for (const { postId, paragraph, otherId } of recycledParagraphs(posts)) {
    add(postId, [{ item: 'claims', severity: 'warning', message: t.recycledParagraph(paragraph.slice(0, 80), otherId), fix: t.recycledParagraphFix }]);
  }
  for (const { postId, claim, newer } of supersededClaims(posts)) {
    const message = t.supersededClaim(claim.claim, formatDate(claim.asOf), newer.postId, formatDate(newer.asOf));
    add(postId, [{ item: 'claims', severity: 'warning', message, fix: t.supersededClaimFix }]);
  }
  return found;
}
