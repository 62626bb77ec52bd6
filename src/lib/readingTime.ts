import { countWords, markdownText } from './markdownText.ts';

/** Words per minute of an adult reading German non-fiction on screen. */
export const WORDS_PER_MINUTE = 200;

/**
 * Minutes needed to read a Markdown/MDX body, rounded up, at least one.
 *
 * @example readingTime('…900 words…') // 5
 */
export function readingTime(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = countWords(markdownText(markdown));
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
