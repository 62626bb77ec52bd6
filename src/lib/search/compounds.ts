/**
 * German compounds, split by the corpus's own words: "Kinderdatenschutz"
 * starts with the word "Kinder", so it is indexed as "datenschutz" too, and
 * a search for "Datenschutz" finds it without a slow leading wildcard.
 */
import { foldGerman } from './germanWords.ts';
import { germanTerm } from './germanTerms.ts';

/** Shortest first part and shortest remainder of a compound that are split off. */
const MIN_PART = 4;

// Remainders that are word endings rather than words: "Nutzer|innen", "Frei|heiten".
const SUFFIXES = new Set(['innen', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'lich', 'liche', 'lichen', 'isch', 'ische', 'ischen']);

/**
 * The words a compound may start with: every folded word of the corpus that
 * has at least four letters and is not a stop word. Pass each word once.
 */
export function compoundHeads(uniqueWords: Iterable<string>): Set<string> {
  const heads = new Set<string>();
  for (const word of uniqueWords) {
    if (word.length < MIN_PART - 1) continue;
    const folded = foldGerman(word);
    if (folded.length >= MIN_PART && germanTerm(word) !== null) heads.add(folded);
  }
  return heads;
}

// Endings a part of a compound may have lost: "Empfehlungs|algorithmen" joins
// "Empfehlung", known from "Empfehlungen".
const ENDINGS = ['', 'e', 'n', 'en', 'er', 'ern', 's', 'es'];

function isKnown(part: string, words: ReadonlySet<string>): boolean {
  return ENDINGS.some((ending) => words.has(part + ending));
}

/** A known first part, with or without the linking "s". */
function isHead(part: string, words: ReadonlySet<string>): boolean {
  return isKnown(part, words) || (part.endsWith('s') && isKnown(part.slice(0, -1), words));
}

// A remainder must itself be a word of the corpus, or start with one, so
// that "datens|chutz" is not taken for "daten|schutz".
function isWordOrCompound(tail: string, words: ReadonlySet<string>): boolean {
  if (isKnown(tail, words)) return true;
  for (let cut = MIN_PART; cut <= tail.length - MIN_PART; cut++) if (isHead(tail.slice(0, cut), words)) return true;
  return false;
}

/**
 * The remainders of a folded word after each known first part, and the
 * remainders of those in turn: "kinderdatenschutzgesetz" gives
 * "datenschutzgesetz", "schutzgesetz" and "gesetz". `words` are the
 * corpus's words (see compoundHeads).
 */
export function compoundTails(folded: string, words: ReadonlySet<string>): string[] {
  const tails = new Set<string>();
  const pending = [folded];
  while (pending.length > 0) {
    const word = pending.pop()!;
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      if (!isHead(word.slice(0, cut), words)) continue;
      const tail = word.slice(cut);
      if (tails.has(tail) || SUFFIXES.has(tail) || !isWordOrCompound(tail, words)) continue;
      tails.add(tail);
      pending.push(tail);
    }
  }
  return [...tails];
}
