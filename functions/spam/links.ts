import { PASS, type StageResult } from './verdict.ts';

/** Two links or more is how most comment spam looks; such comments wait for a moderator. */
export const MAX_LINKS = 1;

/** Links in a comment body: every http(s)://, www. or mailto: counts, Markdown or bare. */
export function countLinks(body: string): number {
  return body.match(/\b(?:https?:\/\/|www\.|mailto:)/gi)?.length ?? 0;
}

/** Moderation for more than MAX_LINKS links. */
export function checkLinks(body: string): StageResult {
  return countLinks(body) > MAX_LINKS ? { verdict: 'moderate', reason: 'links' } : PASS;
}
