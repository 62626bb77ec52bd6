/**
 * From a word to the term the index stores: folded spelling, stop words
 * dropped, Snowball stem, Latin plurals joined. One function for the build
 * and for queries, so both sides always agree.
 */
import { foldGerman } from './germanWords.ts';
import { isListedStopWord, snowballStem } from './lunrGerman.ts';

// lunr-languages lists stop words with umlauts and the old "daß"; a folded
// word is looked up in the spellings it may have had.
function isStopWord(lower: string): boolean {
  return (
    isListedStopWord(lower) ||
    isListedStopWord(lower.replace(/(^|[^aeiouq])([aou])e/g, (_, before: string, vowel: string) => before + ({ a: 'ä', o: 'ö', u: 'ü' } as Record<string, string>)[vowel])) ||
    isListedStopWord(lower.replace(/ss$/, 'ß'))
  );
}

// Latin loan words change their ending in the plural: Algorithmus → Algorithmen,
// Zentrum → Zentren, Medium → Medien. Snowball leaves "-us" and "-um" alone, so
// without this "Algorithmus" and "Algorithmen" would never meet. German words
// in "-tum" (Eigentum, Reichtum) keep their ending.
const LATIN_SINGULAR = /^(.{4,})(us|(?<!t)um)$/;

/** The stem of a folded word: Snowball, then Latin singulars cut like their plurals. */
export function stemFolded(folded: string): string {
  const stem = snowballStem(folded);
  return stem.replace(LATIN_SINGULAR, '$1');
}

/** Shortest word the index keeps: single letters and digits only make postings lists long. */
export const MIN_WORD_LENGTH = 2;

// Bounded, because a server meets whatever words strangers send it.
const MEMO_LIMIT = 100_000;
const terms = new Map<string, string | null>();

/**
 * The index term of one word, or null for stop words and single characters.
 * Memoised: a corpus repeats its words, and stemming is the costly part.
 *
 * @example germanTerm('Kindern') // 'kind'
 * @example germanTerm('Privatsphaere') === germanTerm('Privatsphäre') // true
 */
export function germanTerm(word: string): string | null {
  let term = terms.get(word);
  if (term === undefined) {
    const lower = word.toLowerCase();
    const folded = foldGerman(lower);
    term = folded.length < MIN_WORD_LENGTH || isStopWord(lower) || isStopWord(folded) ? null : stemFolded(folded);
    if (terms.size >= MEMO_LIMIT) terms.clear();
    terms.set(word, term);
  }
  return term;
}
