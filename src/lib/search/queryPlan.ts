/**
 * What a reader typed, turned into the words to look up. Pure. Anything
 * that is not a letter or digit separates words, so lunr's query syntax
 * (`: ~ ^ * + -`) typed by a reader is just a separator: no field queries,
 * no leading wildcards, no syntax errors.
 */
import { foldGerman, words } from './germanWords.ts';
import { germanTerm } from './germanTerms.ts';
import { typoVariantCount } from './typos.ts';

/** Longest query that is read; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most words of a query that are looked up. */
export const MAX_QUERY_WORDS = 8;
/** Words of at least this many letters match with one typo. */
export const FUZZY_MIN_LETTERS = 5;
/**
 * Words of more letters match only as typed: each letter adds about 53
 * one-typo spellings to stem and look up, and a 200-letter "word" cost
 * 150–200 ms of a server's CPU. 24 letters still cover "Datenschutzbehörde".
 */
export const FUZZY_MAX_LETTERS = 24;
/** Most one-typo spellings one query may build, over all its words (see typoVariantCount); later words match only as typed. */
export const MAX_TYPO_VARIANTS = 2_000;

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
  /** Whether the word gets typo tolerance: long enough, not too long, and within the query's budget. */
  fuzzy: boolean;
}

/**
 * The words to look up, at most MAX_QUERY_WORDS, without stop words and
 * repeats. `typing` says the reader is still typing the last word (nothing
 * after it), as in the search field; a submitted query has only whole words.
 * The work is bounded whatever is typed: MAX_QUERY_LENGTH characters, then
 * MAX_QUERY_WORDS words, and typo tolerance only for words of
 * FUZZY_MIN_LETTERS–FUZZY_MAX_LETTERS letters while the query's
 * MAX_TYPO_VARIANTS last.
 */
export function planQuery(query: string, options: { typing?: boolean } = {}): PlannedWord[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const list = words(text);
  const lastIsTyped = options.typing === true && list.length > 0 && /[\p{L}\p{N}]$/u.test(text);
  const planned: PlannedWord[] = [];
  const seen = new Set<string>();
  let typoBudget = MAX_TYPO_VARIANTS;
  for (const [i, word] of list.entries()) {
    if (planned.length >= MAX_QUERY_WORDS) break;
    const term = germanTerm(word);
    if (term === null || seen.has(term)) continue;
    seen.add(term);
    const folded = foldGerman(word);
    const typed = lastIsTyped && i === list.length - 1;
    const prefix = typed ? (term.length >= 3 ? term : null) : folded.length >= 4 ? folded : null;
    const cost = typoVariantCount(folded.length);
    const fuzzy = folded.length >= FUZZY_MIN_LETTERS && folded.length <= FUZZY_MAX_LETTERS && cost <= typoBudget;
    if (fuzzy) typoBudget -= cost;
    planned.push({ word, folded, term, prefix, fuzzy });
  }
  return planned;
}
