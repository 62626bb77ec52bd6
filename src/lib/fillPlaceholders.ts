/**
 * "{n} Kommentare" → "3 Kommentare": fills the placeholders of a label that a page hands to its script.
 * Values go in as they are (a name with `$&` or `$'` stays that name, unlike with String#replace), and
 * unknown placeholders are left alone.
 */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** The form of a count label for `n`: none, one, or many (`{n}` still to fill), as pages hand them to scripts. */
export function countForm(forms: readonly [string, string, string], n: number): string {
  return n === 0 ? forms[0] : n === 1 ? forms[1] : forms[2];
}
