/**
 * Script and language of a comment, as coarse clues: this is a German site, so
 * a comment in Cyrillic or Chinese script, or one in English, is unusual here
 * (not wrong: the classifier learns how much that means from the moderators).
 */

const SCRIPTS: Array<[name: string, pattern: RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
  ['arabic', /\p{Script=Arabic}/u],
];

/**
 * The scripts that make up at least a fifth of a text's letters (`other` for
 * letters of any other script; `none` for a text without letters).
 */
export function dominantScripts(text: string): string[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    total++;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (total === 0) return ['none'];
  return [...counts].filter(([, count]) => count / total >= 0.2).map(([script]) => script);
}

// Frequent words of one language that the other does not use (after normalisation: no umlauts, lower case).
const GERMAN = new Set(
  'und der die das ist nicht ich sie es ein eine einen zu mit auf fur den dem des von auch sich wie aber wenn noch nur oder hat wird sind bei dass wir man schon kann mehr sehr doch uber nach wurde werden diese dieser dieses keine kein mich mir ihr ihre unsere weil also gibt immer hier ganz jetzt'.split(' '),
);
const ENGLISH = new Set(
  'the and is are to of that it you for this with on your be have was not but they we my at our will can just from more all what about would there their been has very great thanks thank really here which when how any out get'.split(' '),
);

/** `de`, `en` or `unknown`, from how many frequent words of each language a text uses. */
export function detectLanguage(words: readonly string[]): 'de' | 'en' | 'unknown' {
  let de = 0;
  let en = 0;
  for (const word of words) {
    if (GERMAN.has(word)) de++;
    if (ENGLISH.has(word)) en++;
  }
  if (de >= 2 && de > en * 1.5) return 'de';
  if (en >= 2 && en > de * 1.5) return 'en';
  return 'unknown';
}
