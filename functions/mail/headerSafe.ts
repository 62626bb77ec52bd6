/**
 * Text from readers (names) or content (titles) made safe for a mail header:
 * CR, LF, the Unicode line separators and every other control character
 * become a space, so no input can end a header line and start another
 * (`Bcc:` injection). Nodemailer encodes non-ASCII itself. Pure.
 */
export function headerSafe(text: string, maxLength = 150): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return [...flat].slice(0, maxLength).join('');
}
