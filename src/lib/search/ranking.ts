/**
 * "Documents with all terms first": lunr scores each document by how well
 * it matches; readers expect an article that contains every word they typed
 * above one that repeats a single word often.
 */

/** A lunr result as the ranking needs it. */
export interface ScoredResult {
  ref: string;
  score: number;
  matchData: { metadata: object };
}

/** The index terms one query word matches. */
export interface WordTerms {
  term: string;
  exact: boolean;
  prefixTerms: readonly string[];
  typoTerms: readonly string[];
}

/** A ranked result: document number, lunr score, how many query words it contains, which terms matched. */
export interface RankedResult {
  ref: number;
  score: number;
  matchedWords: number;
  terms: string[];
}

/**
 * Orders results by the number of query words they contain, then by lunr's
 * score, then by document number (newest first, as the build numbers them).
 */
export function rankByCoverage(results: readonly ScoredResult[], words: readonly WordTerms[]): RankedResult[] {
  const termsOfWord = words.map((word) => new Set([...(word.exact ? [word.term] : []), ...word.prefixTerms, ...word.typoTerms]));
  return results
    .map((result) => {
      const terms = Object.keys(result.matchData.metadata);
      const matchedWords = termsOfWord.filter((set) => terms.some((term) => set.has(term))).length;
      return { ref: Number(result.ref), score: result.score, matchedWords, terms };
    })
    .sort((a, b) => b.matchedWords - a.matchedWords || b.score - a.score || a.ref - b.ref);
}
