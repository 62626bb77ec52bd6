import { readFrontmatter } from '../content/frontmatter.ts';
import { strings } from '../../strings.ts';
import type { ChecklistProblem } from './checklistRules.ts';
import { toDate, type PostToCheck } from './postToCheck.ts';

const t = strings.factCheck;
type Problem = Omit<ChecklistProblem, 'item'>;
type Data = Record<string, unknown>;

/** Whitespace, line breaks and typographic quotes do not decide whether two wordings are the same. */
export function foldWording(text: string): string {
  return text
    .replace(/[„“”»«"]/g, '"')
    .replace(/[‚‘’›‹']/g, "'")
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What readers saw in one version of a post file: title, lead and body. The
 * rest of the frontmatter is left out, above all the corrections themselves,
 * whose `before` would otherwise prove itself once committed.
 */
export function readerText(source: string): string {
  const data = readFrontmatter(source);
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
  return foldWording([data.title, data.lead, body].filter((part) => typeof part === 'string').join('\n'));
}

/** One committed version of a post file. */
export interface CommittedVersion {
  committed: Date;
  source: string;
}

const DAY = 86_400_000;

const corrections = (post: PostToCheck): Data[] =>
  Array.isArray(post.factCheck?.corrections) ? (post.factCheck.corrections as Data[]).filter((c) => !!c && typeof c === 'object') : [];

/**
 * Whether each correction's earlier wording really was published: it must
 * occur in a version of the file committed no later than the correction's
 * date. `history` holds the file's committed versions; `undefined` means the
 * content folder is not a git repository, so the evidence cannot be checked.
 */
export function correctionEvidence(post: PostToCheck, history: readonly CommittedVersion[] | undefined): Problem[] {
  const all = corrections(post);
  const versions = history?.map((version) => ({ committed: version.committed, text: readerText(version.source) }));
  return all.flatMap((correction, i): Problem[] => {
    const before = typeof correction.before === 'string' ? foldWording(correction.before) : '';
    if (!before) return [];
    if (!versions) return [{ severity: 'warning', message: t.correctionUnverifiable(i), fix: t.correctionUnverifiableFix }];
    // Committed by the end of the correction's day (dates are calendar days; commits carry a time).
    const until = (toDate(correction.date)?.getTime() ?? Number.POSITIVE_INFINITY) + DAY;
    if (versions.some((version) => version.committed.getTime() < until && version.text.includes(before))) return [];
    return [{ severity: 'error', message: t.correctionWithoutHistory(i, String(correction.before).trim()), fix: t.correctionWithoutHistoryFix }];
  });
}
