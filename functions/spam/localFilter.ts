import { featureProbability, scoreFeatures, type Clue, type FeatureCounts, type ModelTotals } from './bayes.ts';
import { explainClues, type ExplainedClue } from './explain.ts';
import { extractFeatures, type CommentFeatures, type FilterInput } from './features.ts';
import { PASS, type StageResult } from './verdict.ts';

/** Who judges comments: the local filter alone, Akismet alone (the filter only advises), or Akismet when the filter is unsure. */
export type SpamFilterMode = 'local' | 'akismet' | 'both';

export interface FilterSettings {
  mode: SpamFilterMode;
  /** A score at or above this is spam. */
  spamThreshold: number;
  /** A score at or below this is ham. */
  hamThreshold: number;
  /** Decisions of each kind (spam and ham) the filter must have learned from before its verdict counts. */
  minDecisions: number;
}

/** What the model knows, as the arithmetic needs it (filterModel.ts keeps it in step with the database). */
export interface ModelView {
  countsOf: (feature: string) => FeatureCounts | undefined;
  totals: ModelTotals;
}

/** The filter's view of one comment, stored with it (comments.spam_assessment) for the moderators. */
export interface Assessment {
  /** 0 = certainly ham … 1 = certainly spam. */
  score: number;
  outcome: 'spam' | 'ham' | 'unsure';
  /** False until the filter has learned from `minDecisions` of each kind: until then it only advises. */
  ready: boolean;
  /** The three to five groups of features that weighed most. */
  clues: ExplainedClue[];
  /** The form's age when it was sent (time-trap token), kept so that a later decision can train on it. */
  formAgeMs: number | null;
  /** Decisions the model had learned from when it judged, and how many of each it needs to decide. */
  learned: { spam: number; ham: number; needed: number };
}

/**
 * The features a score looks at. A word and its character 4-grams are one
 * piece of evidence, not seven: "enjoyed" and "^enj", "enjo" … come from the
 * same comments, and counting them all would let one rare word decide a short
 * comment. Per word (and per domain word) the one that says most counts: the
 * word itself, or one of its 4-grams when that says more (a compound or
 * variant the model has not seen whole: "Sofortkredit" through "kred").
 */
export function wordEvidence(features: CommentFeatures, model: ModelView): string[] {
  const strength = (feature: string) => Math.abs(featureProbability(model.countsOf(feature), model.totals) - 0.5);
  const chosen = new Set<string>();
  for (const [word, grams] of features.wordGrams) {
    let best: string | null = null;
    let bestStrength = -1;
    for (const gram of grams) {
      const gramStrength = strength(gram);
      if (gramStrength > bestStrength) [best, bestStrength] = [gram, gramStrength];
    }
    if (best !== null && bestStrength > strength(word)) chosen.add(best);
  }
  return features.all.filter((feature) => !feature.startsWith('c:') || chosen.has(feature));
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A clue that names the link itself as spam: its domain, or a word its domain is made of. */
const namesSpamLink = (clue: Clue) => clue.probability > 0.5 && /^(?:d|site:d|u):/.test(clue.feature);

/**
 * Scores one comment. A link whose own surroundings (its domain and the words
 * next to it) score as spam makes the comment at least that spammy, so long
 * harmless padding around a spam link does not wash it out. The same for the
 * website field on its own ("Toller Beitrag!" from a shop's address), but only
 * when its domain or one of its words has been seen in spam: a TLD alone
 * (".de") says nothing about one reader's blog.
 */
export function assessComment(input: FilterInput, model: ModelView, settings: FilterSettings): Assessment {
  const features = extractFeatures(input);
  const whole = scoreFeatures(wordEvidence(features, model), model.countsOf, model.totals);
  let score = whole.score;
  let clues = whole.clues;
  const contexts = [...features.linkContexts.map((context) => ({ context, needsName: false })), ...(features.websiteContext ? [{ context: features.websiteContext, needsName: true }] : [])];
  for (const { context, needsName } of contexts) {
    const near = scoreFeatures(context, model.countsOf, model.totals);
    if (near.score >= settings.spamThreshold && near.score > score && (!needsName || near.clues.some(namesSpamLink))) {
      score = near.score;
      clues = near.clues;
    }
  }
  const ready = model.totals.spamDocs >= settings.minDecisions && model.totals.hamDocs >= settings.minDecisions;
  const outcome = score >= settings.spamThreshold ? 'spam' : score <= settings.hamThreshold ? 'ham' : 'unsure';
  return { score: round(score), outcome, ready, clues: explainClues(clues), formAgeMs: input.formAgeMs, learned: { spam: model.totals.spamDocs, ham: model.totals.hamDocs, needed: settings.minDecisions } };
}

/**
 * The filter's stage of the pipeline: confident spam → spam; confident ham →
 * pass (every other check must pass too before anything is published);
 * unsure → a moderator, or Akismet's second opinion in `both` mode. Until it
 * is ready, and in `akismet` mode, it only advises.
 */
export function filterStage(assessment: Assessment, mode: SpamFilterMode): StageResult | 'ask-akismet' {
  if (mode === 'akismet') return 'ask-akismet';
  if (!assessment.ready) return mode === 'both' ? 'ask-akismet' : { verdict: 'moderate', reason: 'local-learning' };
  if (assessment.outcome === 'spam') return { verdict: 'spam', reason: 'local-spam' };
  if (assessment.outcome === 'ham') return PASS;
  return mode === 'both' ? 'ask-akismet' : { verdict: 'moderate', reason: 'local-unsure' };
}
