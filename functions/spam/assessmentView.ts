import { fill } from '../../src/lib/fillPlaceholders.ts';
import { strings } from '../../src/strings.ts';
import { clueLabel } from './clueLabels.ts';
import type { Assessment } from './localFilter.ts';

const t = strings.spamFilter;

/** The spam filter's view of a comment as the moderation API returns it (docs/api.md). */
export interface SpamFilterView {
  /** 0 = certainly ham … 1 = certainly spam. */
  score: number;
  outcome: Assessment['outcome'];
  /** False while the filter was still learning: then it only advised. */
  ready: boolean;
  /** One German line: „Spamfilter: 97 % Spam (sicher Spam)“, or that it is still learning. */
  summary: string;
  /** The three to five features that weighed most, in German, strongest first. */
  clues: Array<{ label: string; direction: 'spam' | 'ham'; weight: number }>;
}

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
