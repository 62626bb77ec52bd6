import { fill } from '../../src/lib/fillPlaceholders.ts';
import { strings } from '../../src/strings.ts';
import { clueLabel } from './clueLabels.ts';
import type { SpamFilterView } from '../../src/lib/api/moderation.ts';
import type { Assessment } from './localFilter.ts';

export type { SpamFilterView };

const t = strings.spamFilter;

/** Reads the stored assessment (comments.spam_assessment); null for comments the filter never judged. */
export function spamFilterView(stored: string | null): SpamFilterView | null {
  if (!stored) return null;
  const assessment = JSON.parse(stored) as Assessment;
  const percent = Math.round(assessment.score * 100);
  const scoreLine = `${fill(t.score, { percent })} (${t.outcomes[assessment.outcome]})`;
  const learning = fill(t.learning, { spam: assessment.learned.spam, ham: assessment.learned.ham, min: assessment.learned.needed });
  return {
    score: assessment.score,
    outcome: assessment.outcome,
    ready: assessment.ready,
    summary: assessment.ready ? scoreLine : `${scoreLine} – ${learning}`,
    clues: assessment.clues.map((clue) => ({ label: clueLabel(clue), direction: clue.direction, weight: clue.weight })),
  };
}
