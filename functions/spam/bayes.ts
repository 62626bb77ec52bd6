/**
 * The classifier's arithmetic: a naive Bayes in the form SpamBayes uses
 * (Gary Robinson's smoothed per-feature probabilities, combined with
 * Fisher's chi-squared method). Unlike a plain naive Bayes product it gives
 * a score near 0.5 when the evidence points both ways, which is what the
 * "uncertain → moderator" outcome needs. Pure: counts in, score out.
 *
 * See Robinson, "A Statistical Approach to the Spam Problem", Linux Journal
 * 107 (2003), and SpamBayes' classifier.py (chi2_spamprob).
 */

/** In how many spam and ham comments a feature occurred. */
export interface FeatureCounts {
  spam: number;
  ham: number;
}

/** How many spam and ham comments the model has learned from. */
export interface ModelTotals {
  spamDocs: number;
  hamDocs: number;
}

/** One feature that weighed in a score: its probability of pointing to spam (0…1, 0.5 neutral). */
export interface Clue {
  feature: string;
  probability: number;
}

export interface Score {
  /** 0 = certainly ham, 1 = certainly spam, 0.5 = no idea. */
  score: number;
  /** The features used, strongest first. */
  clues: Clue[];
}

export interface BayesOptions {
  /** Robinson's s: how much an unseen or rare feature is pulled toward `unknownProbability`. */
  strength: number;
  unknownProbability: number;
  /** Features closer to 0.5 than this are ignored. */
  minStrength: number;
  /** At most this many features decide (the strongest). */
  maxClues: number;
  /** At most this many clues of one kind (prefix up to the first ':'), so one long word's 4-grams do not count ten times. */
  maxPerKind: Record<string, number>;
}

export const DEFAULT_BAYES: BayesOptions = { strength: 1, unknownProbability: 0.5, minStrength: 0.1, maxClues: 150, maxPerKind: { c: 12, b: 40 } };

/** Robinson's f(w): the spam ratio of a feature, smoothed toward `unknownProbability` by how rarely it was seen. */
export function featureProbability(counts: FeatureCounts | undefined, totals: ModelTotals, options: BayesOptions = DEFAULT_BAYES): number {
  const spam = Math.max(0, counts?.spam ?? 0);
  const ham = Math.max(0, counts?.ham ?? 0);
  const seen = spam + ham;
  if (seen === 0 || totals.spamDocs <= 0 || totals.hamDocs <= 0) return options.unknownProbability;
  const spamRatio = Math.min(1, spam / totals.spamDocs);
  const hamRatio = Math.min(1, ham / totals.hamDocs);
  const p = spamRatio + hamRatio === 0 ? options.unknownProbability : spamRatio / (spamRatio + hamRatio);
  return (options.strength * options.unknownProbability + seen * p) / (options.strength + seen);
}

/** P(χ² ≥ x2) for an even number of degrees of freedom `v` (the series is exact there). */
export function chi2Q(x2: number, v: number): number {
  const m = x2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < v / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}

/** Fisher's method, both ways: how strongly the probabilities say spam, how strongly ham, as one score. */
export function combineProbabilities(probabilities: readonly number[]): number {
  if (probabilities.length === 0) return 0.5;
  let logSpam = 0;
  let logHam = 0;
  for (const p of probabilities) {
    const clamped = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
    logSpam += Math.log(1 - clamped);
    logHam += Math.log(clamped);
  }
  const n = probabilities.length;
  const spam = 1 - chi2Q(-2 * logSpam, 2 * n);
  const ham = 1 - chi2Q(-2 * logHam, 2 * n);
  return (spam - ham + 1) / 2;
}

const kindOf = (feature: string) => feature.slice(0, feature.indexOf(':'));

/** Scores a set of features with the counts the model has. */
export function scoreFeatures(features: Iterable<string>, countsOf: (feature: string) => FeatureCounts | undefined, totals: ModelTotals, options: BayesOptions = DEFAULT_BAYES): Score {
  const candidates: Clue[] = [];
  for (const feature of features) {
    const probability = featureProbability(countsOf(feature), totals, options);
    if (Math.abs(probability - 0.5) >= options.minStrength) candidates.push({ feature, probability });
  }
  candidates.sort((a, b) => Math.abs(b.probability - 0.5) - Math.abs(a.probability - 0.5) || a.feature.localeCompare(b.feature));
  const perKind = new Map<string, number>();
  const clues: Clue[] = [];
  for (const clue of candidates) {
    if (clues.length >= options.maxClues) break;
    const kind = kindOf(clue.feature);
    const used = perKind.get(kind) ?? 0;
    if (used >= (options.maxPerKind[kind] ?? Infinity)) continue;
    perKind.set(kind, used + 1);
    clues.push(clue);
  }
  return { score: combineProbabilities(clues.map((clue) => clue.probability)), clues };
}
