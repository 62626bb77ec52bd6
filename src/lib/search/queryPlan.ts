/**
 * What a reader typed, turned into the words to look up. Pure. Anything
 * that is not a letter or digit separates words, so lunr's query syntax
 * (`: ~ ^ * + -`) typed by a reader is just a separator: no field queries,
 * no leading wildcards, no syntax errors.
 */
import { foldGerman, words } from './germanWords.ts';
import { germanTerm } from './germanTerms.ts';

/** Longest query that is read; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most words of a query that are looked up. */
export const MAX_QUERY_WORDS = 8;
/** Words of at least this many letters match with one typo. */
export const FUZZY_MIN_LETTERS = 5;

/** One word of a query, ready for the index. */
export interface PlannedWord {
  /** As typed. */
  word: string;
  /** Spelling-neutral form (see foldGerman). */
  folded: string;
  /** The index term. */
  term: string;
  /**
   * What index terms may start with to match too, or null: the stem of the
   * word still being typed ("Kinde" → "kind"), the whole folded word of a
   * finished one, so "Datenschutz" finds "Datenschutzbehörde".
   */
  prefix: string | null;
  /** Whether the word is long enough for typo tolerance. */
  fuzzy: boolean;
}

/**
 * The words to look up, at most MAX_QUERY_WORDS, without stop words and
 * repeats. `typing` says the reader is still typing the last word (nothing
 * after it), as in the search field; a submitted query has only whole words.
 */
export function planQuery(query: string, options: { typing?: boolean } = {}): PlannedWord[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const list = words(text);
  const lastIsTyped = options.typing === true && list.length > 0 && /[\p{L}\p{N}]$/u.test(text);
  const planned: PlannedWord[] = [];
  const seen = new Set<string>();
  list.forEach((word, i) => {
    const term = germanTerm(word);
    if (term === null || seen.has(term) || planned.length >= MAX_QUERY_WORDS) return;
    seen.add(term);
    const folded = foldGerman(word);
    const typed = lastIsTyped && i === list.length - 1;
    const prefix = typed ? (term.length >= 3 ? term : null) : folded.length >= 4 ? folded : null;
    planned.push({ word, folded, term, prefix, fuzzy: folded.length >= FUZZY_MIN_LETTERS });
  });
  return planned;
}
