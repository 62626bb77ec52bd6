import { toDate } from './postToCheck.ts';

type Data = Record<string, unknown>;

/** What readers are told about one criticised party. */
export type ReplyEntry =
  | { party: string; kind: 'answered'; askedOn: Date; answer: string }
  | { party: string; kind: 'notAsked'; reason: string }
  | { party: string; kind: 'undocumented' };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** One entry per criticised party, in the order they are named, with what was asked, when, and the answer – or why nobody asked. */
export function replyEntries(rightOfReply: unknown): ReplyEntry[] {
  if (!rightOfReply || typeof rightOfReply !== 'object') return [];
  const { criticised, requests } = rightOfReply as Data;
  const all = Array.isArray(requests) ? (requests.filter((r) => r && typeof r === 'object') as Data[]) : [];
  return (Array.isArray(criticised) ? criticised.map(text).filter(Boolean) : []).map((party): ReplyEntry => {
    const request = all.find((r) => same(text(r.party), party));
    const askedOn = toDate(request?.askedOn);
    if (askedOn && text(request?.answer)) return { party, kind: 'answered', askedOn, answer: text(request!.answer) };
    if (text(request?.notAskedReason)) return { party, kind: 'notAsked', reason: text(request!.notAskedReason) };
    return { party, kind: 'undocumented' };
  });
}

const words = (value: string) => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const bigrams = (value: string) => {
  const list = words(value);
  return new Set(list.slice(0, -1).map((word, i) => `${word} ${list[i + 1]}`));
};

/**
 * How much of the shorter (or the longer) text the other one repeats: the
 * share of its word pairs that occur in the other (0…1). A boilerplate
 * sentence with one name swapped scores high; two reasons in their own words
 * share few pairs.
 */
export function textOverlap(a: string, b: string, of: 'shorter' | 'longer' = 'shorter'): number {
  const [x, y] = [bigrams(a), bigrams(b)];
  const size = of === 'shorter' ? Math.min(x.size, y.size) : Math.max(x.size, y.size);
  if (size === 0) return 0;
  return [...x].filter((pair) => y.has(pair)).length / size;
}

/**
 * Paragraphs (of at least 20 words) that share this share of the longer one's
 * word pairs with a paragraph of another post are recycled; measured against
 * the longer paragraph, so a short sentence inside a long list does not count.
 */
export const RECYCLED_OVERLAP = 0.3;
const MIN_PARAGRAPH_WORDS = 20;

/** Pairs of paragraphs of two different posts that nearly repeat each other. */
export function recycledParagraphs(
  posts: readonly { id: string; bodyParagraphs?: readonly string[] }[],
  threshold = RECYCLED_OVERLAP,
): { postId: string; paragraph: string; otherId: string }[] {
  const long = posts.map((post) => ({ id: post.id, paragraphs: (post.bodyParagraphs ?? []).filter((p) => words(p).length >= MIN_PARAGRAPH_WORDS) }));
  return long.flatMap((post, i) =>
    long.flatMap((other, j) =>
      i === j ? [] : post.paragraphs.flatMap((paragraph) => (other.paragraphs.some((p) => textOverlap(paragraph, p, 'longer') >= threshold) ? [{ postId: post.id, paragraph, otherId: other.id }] : [])),
    ),
  );
}

/** Reasons that repeat another one at this overlap or more count as near-duplicates. */
export const NEAR_DUPLICATE_OVERLAP = 0.5;

export interface NotAskedReason {
  postId: string;
  party: string;
  reason: string;
}

/** For each reason, the reasons of other posts it nearly repeats. */
export function nearDuplicateReasons(reasons: readonly NotAskedReason[], threshold = NEAR_DUPLICATE_OVERLAP): Map<NotAskedReason, NotAskedReason[]> {
  const found = new Map<NotAskedReason, NotAskedReason[]>();
  for (const reason of reasons) {
    const twins = reasons.filter((other) => other.postId !== reason.postId && textOverlap(reason.reason, other.reason) >= threshold);
    if (twins.length > 0) found.set(reason, twins);
  }
  return found;
}

/** Every `notAskedReason` of a post, with its party. */
export function notAskedReasons(postId: string, rightOfReply: unknown): NotAskedReason[] {
  return replyEntries(rightOfReply).flatMap((entry) => (entry.kind === 'notAsked' ? [{ postId, party: entry.party, reason: entry.reason }] : []));
}
