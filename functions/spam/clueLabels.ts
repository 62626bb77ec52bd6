import { fill } from '../../src/lib/fillPlaceholders.ts';
import { strings } from '../../src/strings.ts';
import type { ExplainedClue } from './explain.ts';

const t = strings.spamFilter;

/** A clue in German, as the moderation page and the API show it: „Wörter, die oft in Spam stehen: casino, bonus“. */
export function clueLabel(clue: ExplainedClue): string {
  const wording = t.clues[clue.code];
  if (wording === undefined) return clue.values.length > 0 ? `${clue.code}: ${clue.values.join(', ')}` : clue.code;
  const label = typeof wording === 'string' ? wording : wording[clue.direction];
  const named = t.values[clue.code];
  const value = clue.values[0] ?? '';
  return fill(label, { values: clue.values.join(', '), value: named?.[value] ?? value });
}
