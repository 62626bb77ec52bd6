/** Removes terminal colour codes, so logs can be parsed and quoted. */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
