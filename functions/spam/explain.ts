import type { Clue } from './bayes.ts';

/**
 * Why the filter scored a comment as it did, in a form a moderator can read:
 * the features that weighed most, grouped (all spammy words in one line), at
 * most five groups. Stored with the comment as codes; the German wording is
 * chosen when it is shown (clueLabels.ts), so a second language needs no
 * migration.
 */
export interface ExplainedClue {
  /** A feature kind (`words`, `domain`, `links` …) or a flag feature itself (`link:shortener`). */
  code: string;
  /** The words, domains or bucket the feature carried; empty for flags. */
  values: string[];
  direction: 'spam' | 'ham';
  /** 0…1: how far the strongest feature of the group is from neutral. */
  weight: number;
}

/** Most groups shown per comment. */
export const MAX_EXPLAINED = 5;
const MAX_VALUES = 4;

// Feature prefix → code; features without a listed prefix are flags and are their own code.
const VALUED: Array<[prefix: string, code: string]> = [
  ['w:', 'words'],
  ['b:', 'words'],
  ['c:', 'word-parts'],
  ['n:', 'name-words'],
  ['u:', 'domain-words'],
  ['d:', 'domain'],
  ['tld:', 'tld'],
  ['site:d:', 'website'],
  ['site:tld:', 'website-tld'],
  ['links:', 'links'],
  ['script:', 'script'],
  ['lang:', 'language'],
  ['len:', 'length'],
  ['age:', 'age'],
];
// Flags whose value-less form is also a `links:` feature.
const FLAGS = new Set(['links:most-of-text', 'links:same-domain-again']);

/** The code and value of one feature: `w:casino` → words/casino, `link:shortener` → link:shortener. */
export function describeFeature(feature: string): { code: string; value: string | null } {
  if (FLAGS.has(feature)) return { code: feature, value: null };
  const valued = VALUED.find(([prefix]) => feature.startsWith(prefix));
  return valued ? { code: valued[1], value: feature.slice(valued[0].length) } : { code: feature, value: null };
}

/** The strongest clues, grouped by code and direction, strongest group first. */
export function explainClues(clues: readonly Clue[], max = MAX_EXPLAINED): ExplainedClue[] {
  const groups = new Map<string, ExplainedClue>();
  const strongestFirst = [...clues].sort((a, b) => Math.abs(b.probability - 0.5) - Math.abs(a.probability - 0.5));
  for (const clue of strongestFirst) {
    const { code, value } = describeFeature(clue.feature);
    const direction = clue.probability >= 0.5 ? 'spam' : 'ham';
    const key = `${code}\u0000${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { code, values: [], direction, weight: Math.round(Math.abs(clue.probability - 0.5) * 200) / 100 };
      groups.set(key, group);
    }
    if (value !== null && group.values.length < MAX_VALUES && !group.values.includes(value)) group.values.push(value);
  }
  // Word parts only explain when no whole word does in the same direction: "asin" says less than "casino".
  const explained = [...groups.values()].filter((group) => group.code !== 'word-parts' || !groups.has(`words\u0000${group.direction}`));
  return explained.slice(0, max);
}
