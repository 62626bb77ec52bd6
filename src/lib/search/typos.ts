/**
 * Spellings one typo away from a folded word, for typo tolerance. The typo
 * is undone on the word as typed, before stemming ("Algorihtmus" is one swap
 * from "Algorithmus"), and the first letter is taken as typed, so only the
 * term list of that letter is needed.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Most strings oneEditAway returns for a word of `letters` letters (n-1
 * deletions, n-2 swaps, 25(n-1) substitutions, 26n insertions): the cost of
 * a word's typo tolerance, known before any of them is built.
 */
export function typoVariantCount(letters: number): number {
  return Math.max(0, 53 * letters - 28);
}

/**
 * Every string one deletion, swap of neighbours, substitution or insertion
 * away from `word`, never changing its first letter.
 *
 * @example oneEditAway('daten').includes('datne') // true
 */
export function oneEditAway(word: string): string[] {
  const found = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) found.add(head + tail.slice(1));
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail && letter !== tail[0]) found.add(head + letter + tail.slice(1));
      found.add(head + letter + tail);
    }
  }
  found.delete(word);
  return [...found];
}
