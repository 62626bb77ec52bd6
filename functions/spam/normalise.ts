/**
 * Undoes the tricks spammers use to get words past a filter, so that
 * "саsinо" (Cyrillic), "𝐜𝐚𝐬𝐢𝐧𝐨" (mathematical bold), "ｃａｓｉｎｏ" (fullwidth),
 * "ca\u200Bsino" (zero-width space), "c4s1no" and "c a s i n o" all become
 * "casino". Pure: text in, text and what was undone out.
 */

/** Characters that take no space: zero-width spaces and joiners, soft hyphen, word joiner, BOM, variation selectors, tags. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufe00-\ufe0f\ufeff\u{e0000}-\u{e007f}]/gu;

/**
 * Letters of other scripts that look like Latin ones (a subset of Unicode's
 * confusables.txt: the Cyrillic and Greek lowercase letters spammers use).
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ɡ: 'g', ʏ: 'y',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w',
};

/** Digits and signs written for letters inside words ("v1agra", "fr33", "c@sino"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** What normalisation had to undo: each is a hint on its own (people rarely write like that). */
export interface Evasions {
  /** Zero-width or other invisible characters. */
  invisible: boolean;
  /** A word mixing Latin with look-alike Cyrillic or Greek letters. */
  mixedScript: boolean;
  /** Letters in fancy forms (fullwidth, mathematical, circled) that NFKC folds. */
  fancyLetters: boolean;
  /** Digits or signs standing for letters inside a word. */
  leet: boolean;
  /** A word spelt out letter by letter ("c a s i n o", "c.a.s.i.n.o"). */
  spacedOut: boolean;
}

export interface NormalisedText {
  text: string;
  evasions: Evasions;
}

/** Mathematical alphanumerics, fullwidth Latin, circled and parenthesised letters. */
const FANCY = /[\u{1d400}-\u{1d7ff}\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9\u249c-\u24b5\u{1f130}-\u{1f189}]/u;

const WORD = /[\p{L}\p{N}@$]+/gu;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

function unconfuse(word: string): { word: string; mixed: boolean } {
  const hasLatin = LATIN.test(word);
  const letters = [...word].filter((char) => LETTER.test(char));
  const confusable = letters.filter((char) => CONFUSABLES[char] !== undefined);
  if (confusable.length === 0) return { word, mixed: false };
  // A whole Russian or Greek word stays as it is; only words that are Latin with look-alikes mixed in,
  // or made entirely of look-alikes (a Latin word typed in Cyrillic), are read as Latin.
  if (!hasLatin && confusable.length < letters.length) return { word, mixed: false };
  return { word: [...word].map((char) => CONFUSABLES[char] ?? char).join(''), mixed: true };
}

function unleet(word: string): { word: string; leet: boolean } {
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  const signs = [...word].filter((char) => LEET[char] !== undefined).length;
  const otherDigits = /[2689]/.test(word);
  // "mp3" or "2026" stay; "c4s1no" and "fr33" do not. Signs must not outnumber letters.
  if (signs === 0 || letters < 2 || otherDigits || signs > letters) return { word, leet: false };
  return { word: [...word].map((char) => LEET[char] ?? char).join(''), leet: true };
}

/**
 * Joins words spelt out letter by letter: three or more single letters in a
 * row, separated by the same one to three spaces, dots, dashes, underscores,
 * stars or middle dots ("z. B." has two letters, so it stays).
 */
function joinSpacedLetters(text: string): { text: string; spacedOut: boolean } {
  let spacedOut = false;
  const joined = text.replace(/(?<![\p{L}\p{N}])\p{L}([ .\-_*·•|]{1,3})\p{L}(?![\p{L}\p{N}])(?:\1\p{L}(?![\p{L}\p{N}]))+/gu, (run) => {
    spacedOut = true;
    return run.replace(/[^\p{L}]/gu, '');
  });
  return { text: joined, spacedOut };
}

/**
 * Lower-cased, NFKC-folded text without invisible characters, diacritics,
 * look-alike letters, leetspeak or spaced-out words, plus what was undone.
 * Links survive (their host names are lower-cased like everything else).
 */
export function normaliseText(raw: string): NormalisedText {
  const withoutInvisible = raw.replace(INVISIBLE, '');
  const folded = withoutInvisible.normalize('NFKC');
  const fancyLetters = hasFancyLetters(withoutInvisible);
  let mixedScript = false;
  let leet = false;
  const lower = folded.toLowerCase().replace(/ß/g, 'ss');
  const words = lower.replace(WORD, (word) => {
    const unconfused = unconfuse(word);
    mixedScript ||= unconfused.mixed;
    const unleeted = unleet(unconfused.word);
    leet ||= unleeted.leet;
    return unleeted.word;
  });
  // Diacritics go after the look-alikes are mapped: "cásíno" is "casino", "für" is "fur" (the same on both sides of training).
  const plain = words.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const spaced = joinSpacedLetters(plain);
  return {
    text: spaced.text,
    evasions: { invisible: withoutInvisible.length !== raw.length, mixedScript, fancyLetters, leet, spacedOut: spaced.spacedOut },
  };
}

/** Whether a text uses letters in fancy forms (fullwidth, mathematical, circled); check before NFKC folds them. */
export function hasFancyLetters(text: string): boolean {
  return FANCY.test(text);
}

/** A host name as the filter compares it: NFKC, lower case, look-alike letters read as Latin, no trailing dot. */
export function normaliseHost(host: string): string {
  const folded = host.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(/\.$/, '');
  return [...folded].map((char) => CONFUSABLES[char] ?? char).join('');
}
