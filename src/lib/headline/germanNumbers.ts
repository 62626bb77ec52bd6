/**
 * Finds the numbers in German text as values, whatever way they are written:
 * "5,7 Millionen", "5.7 Mio.", "5,7 Mio", "700.000", "2019", "drei", "zwölf",
 * "97 %" and "97 Prozent" all become numbers, so a title's figure can be
 * found in the body although the body writes it differently.
 */

const SCALES: [RegExp, number][] = [
  [/^(tausend|tsd\.?)$/i, 1e3],
  [/^(millionen|million|mio\.?)$/i, 1e6],
  [/^(milliarden|milliarde|mrd\.?)$/i, 1e9],
  [/^(billionen|billion|bio\.?)$/i, 1e12],
];

const WORDS: Record<string, number> = {
  null: 0, ein: 1, eine: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
  neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
  achtzig: 80, neunzig: 90, hundert: 100, hundertste: 100, tausend: 1000,
};

// "ein"/"eine" are articles far more often than numbers; they only count before a scale word.
const ARTICLE_WORDS = new Set(['ein', 'eine', 'einer']);

/** A number as a reader sees it: one digit group or one number word, with an optional scale word after it. */
const TOKEN = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|\p{L}+\.?)/gu;

function parseDigits(text: string): number {
  // "5.700" and "1.000.000" group thousands (German); "5.7" and "5,7" are decimals.
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  return Number(text.replace(',', '.'));
}

function scaleOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return SCALES.find(([pattern]) => pattern.test(word))?.[1];
}

/** The numeric values mentioned in a text, in order. */
export function numbersIn(text: string): number[] {
  // Digits glued to letters are part of a name or code („BRC107“, „5G“, „A6“), not a figure.
  const glued = (m: RegExpMatchArray) =>
    /^\d/.test(m[0]) && (/\p{L}/u.test(text[m.index! - 1] ?? '') || /\p{L}/u.test(text[m.index! + m[0].length] ?? ''));
  const tokens = [...text.matchAll(TOKEN)].filter((m) => !glued(m)).map((m) => m[0]);
  const values: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const scale = scaleOf(next);
    let value: number | undefined;
    if (/^\d/.test(token)) value = parseDigits(token);
    else {
      const word = token.toLowerCase().replace(/\.$/, '');
      if (word in WORDS && (!ARTICLE_WORDS.has(word) || scale)) value = WORDS[word];
    }
    if (value === undefined || scaleOf(token)) continue;
    if (scale) i += 1;
    values.push(value * (scale ?? 1));
  }
  return values;
}

/** Whether two values are the same figure (allowing for rounding to three significant digits). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= magnitude * 0.005;
}
