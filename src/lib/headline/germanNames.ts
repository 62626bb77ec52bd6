/**
 * Whether a text mentions a name the way German writes it: inflected
 * („TikToks“, „Metas“, „der EU-Kommission“), in another case („TIKTOK“),
 * or inside a compound („TikTok-Nutzer“, „Facebookseite“).
 */

/** Endings German adds to a name or noun: genitive, plural, declension. */
const ENDINGS = ['s', 'es', "'s", '’s', "'", '’', 'e', 'en', 'n', 'er', 'ern', 'ns'];

/** A name with its genitive or declension ending taken off, and the name itself. */
export function baseForms(name: string): string[] {
  const forms = new Set([name]);
  for (const ending of ENDINGS) {
    // An acronym keeps at least two letters (FTCs → FTC), a word at least three (Metas → Meta).
    const rest = name.slice(0, -ending.length);
    const minimum = /^\p{Lu}+$/u.test(rest) ? 2 : 3;
    if (name.endsWith(ending) && rest.length >= minimum) forms.add(rest);
  }
  return [...forms];
}

const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\p{N}]{1,4}$/u.test(word);

/** Words of a text, and the parts of each hyphenated compound. */
function wordsOf(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  return words.flatMap((word) => [word.replace(/[.]+$/, ''), ...word.split(/[-–]/).filter(Boolean)]);
}

function wordMatches(word: string, base: string): boolean {
  // Short acronyms keep their case: „EU“ is not „Euro“, „KI“ not „Kinder“.
  if (isAcronym(base) && base.length <= 3) return baseForms(word).includes(base);
  const w = word.toLocaleLowerCase('de');
  const b = base.toLocaleLowerCase('de');
  if (baseForms(w).includes(b) || w === b) return true;
  // A name inside a closed compound: „Facebookseite“, „Datenschutz-Grundverordnung“ (front), „Kurzvideoplattform“ (end).
  return b.length >= 5 && (w.startsWith(b) || w.endsWith(b));
}

const fold = (s: string) => s.toLocaleLowerCase('de').replace(/[„“"»«‚‘’']/g, '').replace(/\s+/g, ' ');

/**
 * Whether `text` mentions `name` in any inflection. Names of several words
 * (quoted titles) must occur as a whole, ignoring case and quotes.
 */
export function mentionsName(text: string, name: string): boolean {
  if (/\s/.test(name.trim())) return fold(text).includes(fold(name));
  const bases = baseForms(name);
  return wordsOf(text).some((word) => bases.some((base) => wordMatches(word, base)));
}
