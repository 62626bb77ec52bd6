/** How the filter sorted the held-out messages, and what other thresholds would have done. Pure. */
import type { CorpusMessage } from './corpus.ts';

/** One held-out message after submission: its label, the status it got and the filter's score. */
export interface Outcome {
  label: CorpusMessage['label'];
  lang: CorpusMessage['lang'];
  status: 'spam' | 'approved' | 'pending' | 'rejected';
  score: number;
}

export interface SortingMetrics {
  spam: number;
  ham: number;
  /** Of the spam folder: how much is spam. */
  precision: number;
  /** Held-out spam that landed in the spam folder. */
  recall: number;
  /** Held-out ham that landed in the spam folder. */
  falsePositiveRate: number;
  /** Messages left in the queue for a moderator. */
  moderatorShare: number;
  /** Ham published at once, and spam published (the worst miss). */
  hamPublished: number;
  spamPublished: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);

export function sortingMetrics(outcomes: readonly Outcome[]): SortingMetrics {
  const spam = outcomes.filter((o) => o.label === 'spam');
  const ham = outcomes.filter((o) => o.label === 'ham');
  const inFolder = outcomes.filter((o) => o.status === 'spam');
  const spamInFolder = inFolder.filter((o) => o.label === 'spam').length;
  return {
    spam: spam.length,
    ham: ham.length,
    precision: ratio(spamInFolder, inFolder.length),
    recall: ratio(spamInFolder, spam.length),
    falsePositiveRate: ratio(ham.filter((o) => o.status === 'spam').length, ham.length),
    moderatorShare: ratio(outcomes.filter((o) => o.status === 'pending').length, outcomes.length),
    hamPublished: ratio(ham.filter((o) => o.status === 'approved').length, ham.length),
    spamPublished: ratio(spam.filter((o) => o.status === 'approved').length, spam.length),
  };
}

/**
 * What the thresholds would have done with the same scores: spam at or above
 * `spamThreshold`, published at or below `hamThreshold` (every other check of
 * the benchmark passes), the rest to a moderator.
 */
export function withThresholds(outcomes: readonly Outcome[], spamThreshold: number, hamThreshold: number): SortingMetrics {
  return sortingMetrics(outcomes.map((o) => ({ ...o, status: o.score >= spamThreshold ? 'spam' : o.score <= hamThreshold ? 'approved' : 'pending' })));
}
