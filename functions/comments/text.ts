/**
 * Text from readers, made safe to store and compare: NFC-normalised, and
 * refused when it carries characters no person types — NUL and other control
 * characters (in one-line fields a CR or LF would be header injection in a
 * later e-mail), lone surrogates, and bidirectional overrides that could make
 * a name read differently from what it is.
 */

// C0 controls, DEL, C1 controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// C0 controls except tab and line feed, DEL, C1 controls.
const BODY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
// Bidirectional embeddings, overrides and isolates.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

export type TextProblem = 'control-characters';

/** A one-line field (name, email, url, ids): trimmed and NFC, or the problem. */
export function cleanLine(value: string): string | TextProblem {
  if (!value.isWellFormed() || CONTROL.test(value) || BIDI_CONTROL.test(value)) return 'control-characters';
  return value.normalize('NFC').trim();
}

/**
 * A comment body: line breaks unified to LF, trailing whitespace of the whole
 * text removed, NFC; tabs and line breaks are allowed, other controls are not.
 */
export function cleanBody(value: string): string | TextProblem {
  if (!value.isWellFormed()) return 'control-characters';
  const unified = value.replace(/\r\n?/g, '\n');
  if (BODY_CONTROL.test(unified)) return 'control-characters';
  return unified.normalize('NFC').trim();
}

/** Length as a reader counts it: code points, so an emoji is one character, not two. */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
