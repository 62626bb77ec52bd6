import { markdownText } from '../../src/lib/markdownText.ts';

/** How many characters of a comment a notification quotes. */
export const EXCERPT_LENGTH = 300;

/**
 * The start of a comment as plain text for a mail: Markdown syntax removed,
 * whitespace collapsed, cut at a word boundary with „…“ when longer than
 * `max` characters (code points, so no emoji is cut in half). Pure.
 */
export function commentExcerpt(source: string, max = EXCERPT_LENGTH): string {
  const characters = [...markdownText(source)];
  if (characters.length <= max) return characters.join('');
  const cut = characters.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
