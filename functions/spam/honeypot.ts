import { PASS, type StageResult } from './verdict.ts';

/** A field hidden from people: anything in it was put there by a bot. */
export function checkHoneypot(filled: boolean): StageResult {
  return filled ? { verdict: 'spam', reason: 'honeypot' } : PASS;
}
