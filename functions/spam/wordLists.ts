import { PASS, type StageResult } from './verdict.ts';

/** A compiled word list: whole words or phrases, case-insensitive; null when empty. */
export type WordMatcher = RegExp | null;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * Compiles words and phrases into one pattern that matches them as whole
 * words, so "Sex" does not catch "Sextant" and "Casino" does catch "CASINO".
 */
export function compileWordList(words: readonly string[]): WordMatcher {
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Blocked words mark a comment as spam, moderated words send it to a moderator. */
export function checkWords(text: string, lists: { blocked: WordMatcher; moderated: WordMatcher }): StageResult {
  const normalised = text.normalize('NFC');
  if (lists.blocked?.test(normalised)) return { verdict: 'spam', reason: 'blocked-word' };
  if (lists.moderated?.test(normalised)) return { verdict: 'moderate', reason: 'moderated-word' };
  return PASS;
}
