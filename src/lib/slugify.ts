// German umlauts are transliterated; the others are letters that Unicode
// normalisation cannot split into a base letter and an accent.
const LETTERS: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss',
  ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
};

/**
 * A URL slug for German text: umlauts transliterated (ä → ae, ß → ss), other
 * accents dropped, everything else reduced to lowercase words joined by "-".
 *
 * @example slugify('Plattformökonomie & Daten') // 'plattformoekonomie-daten'
 */
export function slugify(text: string): string {
  return text
    .replace(/[äöüßÄÖÜẞıłŁøØđĐæÆœŒ]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
