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
const pairsOf = (list: readonly string[]) => new Set(list.slice(0, -1).map((word, i) => `${word} ${list[i + 1]}`));

/** The share of word pairs two texts have in common, of the smaller or larger set (0…1). */
function pairOverlap(x: ReadonlySet<string>, y: ReadonlySet<string>, of: 'shorter' | 'longer'): number {
  const size = of === 'shorter' ? Math.min(x.size, y.size) : Math.max(x.size, y.size);
  if (size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / size;
}

/**
 * How much of the shorter (or the longer) text the other one repeats: the
 * share of its word pairs that occur in the other (0…1). A boilerplate
 * sentence with one name swapped scores high; two reasons in their own words
 * share few pairs.
 */
export function textOverlap(a: string, b: string, of: 'shorter' | 'longer' = 'shorter'): number {
  return pairOverlap(pairsOf(words(a)), pairsOf(words(b)), of);
}

/**
 * Paragraphs (of at least 20 words) that share this share of the longer one's
 * word pairs with a paragraph of another post are recycled; measured against
 * the longer paragraph, so a short sentence inside a long list does not count.
 */
export const RECYCLED_OVERLAP = 0.3;
const MIN_PARAGRAPH_WORDS = 20;

/**
 * Pairs of paragraphs of two different posts that nearly repeat each other. Every paragraph is split
 * into word pairs once: the editor's panel asks for this on every save, and splitting both paragraphs
 * anew for each of the (paragraphs)² comparisons took a second for the ten sample posts.
 */
export function recycledParagraphs(
  posts: readonly { id: string; bodyParagraphs?: readonly string[] }[],
  threshold = RECYCLED_OVERLAP,
): { postId: string; paragraph: string; otherId: string }[] {
  const long = posts.map((post) => ({
    id: post.id,
    paragraphs: (post.bodyParagraphs ?? []).flatMap((text) => {
      const list = words(text);
      return list.length >= MIN_PARAGRAPH_WORDS ? [{ text, pairs: pairsOf(list) }] : [];
    }),
  }));
  return long.flatMap((post, i) =>
    long.flatMap((other, j) =>
      i === j ? [] : post.paragraphs.flatMap((paragraph) => (other.paragraphs.some((p) => pairOverlap(paragraph.pairs, p.pairs, 'longer') >= threshold) ? [{ postId: post.id, paragraph: paragraph.text, otherId: other.id }] : [])),
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
