/**
 * Highlighted text for results: which words matched, and the passage of an
 * article that shows them best. Pure; the output is plain text in segments,
 * so no one ever has to put HTML from an index into a page.
 */
import { foldGerman, wordSpans } from './germanWords.ts';
import { germanTerm } from './germanTerms.ts';

/** A piece of text; `hit` marks a matched word. */
export interface Segment {
  text: string;
  hit?: true;
}

/** Shortest matched term that is also marked inside a compound ("Kinder|datenschutz|gesetz"). */
const MIN_PART_HIT = 5;

/**
 * A test for whether a word of the text matched, given the index terms a
 * result matched: its own term, or a longer matched term inside it.
 */
export function matchedWordTest(terms: readonly string[]): (word: string) => boolean {
  const exact = new Set(terms);
  const parts = terms.filter((term) => term.length >= MIN_PART_HIT);
  return (word) => {
    const term = germanTerm(word);
    if (term === null) return false;
    if (exact.has(term)) return true;
    const folded = foldGerman(word);
    return parts.some((part) => folded.length > part.length && folded.includes(part));
  };
}

/** `text` cut into segments, matched words marked. */
export function highlight(text: string, isMatch: (word: string) => boolean): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!isMatch(span.word)) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: span.word, hit: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

interface Sentence {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … before a capital, a quotation mark or a bracket
// ("Art. 28" and "Musical.ly" go on), and at a line break (headings, paragraphs).
const SENTENCE_END = /[.!?…]+(?=\s+[\p{Lu}„"»(])|\n/gu;

function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  const add = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const trimmed = piece.trim();
    if (!trimmed) return;
    const start = from + piece.indexOf(trimmed);
    found.push({ start, end: start + trimmed.length });
  };
  let from = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const to = match.index + (match[0] === '\n' ? 0 : match[0].length);
    add(from, to);
    from = to;
  }
  add(from, text.length);
  return found;
}

/** Cuts `text` to at most `max` characters around `focus`, at word boundaries, with "…" where it was cut. */
function window(text: string, focus: number, max: number): string {
  if (text.length <= max) return text;
  let start = Math.max(0, Math.min(focus - Math.floor(max / 3), text.length - max));
  let end = start + max;
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

/**
 * The passage of `text` that contains the most different matched words (the
 * earliest of equals), about `max` characters long, highlighted; the start of
 * `fallback` (the lead) when no word of the text matched.
 */
export function snippet(text: string, isMatch: (word: string) => boolean, fallback: string, max = 220): Segment[] {
  const all = sentences(text);
  let best: { index: number; distinct: number; firstHit: number } | undefined;
  all.forEach((sentence, index) => {
    const hits = wordSpans(text.slice(sentence.start, sentence.end)).filter((span) => isMatch(span.word));
    if (hits.length === 0) return;
    const distinct = new Set(hits.map((span) => germanTerm(span.word))).size;
    if (!best || distinct > best.distinct) best = { index, distinct, firstHit: sentence.start + hits[0]!.start };
  });
  if (!best) return highlight(window(fallback, 0, max), isMatch);
  const { index, firstHit } = best;
  // Short sentences get their neighbours, so the snippet says enough.
  const start = all[index]!.start;
  let end = all[index]!.end;
  for (let next = index + 1; next < all.length && all[next]!.end - start <= max; next++) end = all[next]!.end;
  return highlight(window(text.slice(start, end), firstHit - start, max), isMatch);
}
