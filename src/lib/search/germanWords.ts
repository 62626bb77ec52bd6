/**
 * Words of German text and their spelling-neutral form. Pure, and small
 * enough for the browser: the search worker uses it for queries and
 * snippets, the build for the index.
 */

/** One word of a text with its place, so a snippet can mark it. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

// Letters and digits of every script; everything else (spaces, punctuation,
// lunr's query syntax `: ~ ^ * + -`) separates words.
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text with their offsets, split at every character that is neither letter nor digit. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** The words of a text, without offsets. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', ẞ: 'ss' };

/**
 * The spelling-neutral form of one word, used on the index side and the
 * query side alike, so "Privatsphäre", "Privatsphaere" and "privatsphare"
 * meet: lower case, umlauts without dots, ß as ss, the transliterations
 * ae/oe/ue read as umlauts (not after a vowel or q, so "neue", "Feuer" and
 * "Quelle" keep their letters), other accents dropped (é → e).
 *
 * @example foldGerman('Privatsphaere') // 'privatsphare'
 */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (letter) => UMLAUTS[letter]!)
    .replace(/(^|[^aeiouq])([aou])e/g, '$1$2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
