/**
 * Searches an index written by buildSearchIndex, loading only the files a
 * query needs: the term lists of the first letters typed, the postings of
 * the matching terms, and later the documents shown. Scoring is lunr's own
 * (its Index.query over the loaded part of the index, with lunr's BM25
 * scores from the build); the same engine runs in the search worker, in
 * the server's /api/search and in the CLI.
 */
import { INDEX_FORMAT, indexPaths, postingsFileOf, termListKey, type PostingsFile, type SearchDocumentFile, type SearchManifest, type TermList } from './indexFormat.ts';
import { germanTerm } from './germanTerms.ts';
import { lunr } from './lunrGerman.ts';
import { planQuery, type PlannedWord } from './queryPlan.ts';
import { rankByCoverage, type RankedResult } from './ranking.ts';
import { oneEditAway } from './typos.ts';

/** Reads one file of the index as parsed JSON, by its path relative to the index folder. */
export type IndexReader = (path: string) => Promise<unknown>;

/** Boosts of the three ways a word matches: as typed, as the start of a longer term, with one typo. */
export const MATCH_BOOST = { exact: 10, prefix: 2, typo: 1 } as const;

/** Most terms one prefix expands to; shorter terms (closer completions) first. */
export const MAX_PREFIX_TERMS = 16;

/** A planned word with the index terms it matches. */
export interface ExpandedWord extends PlannedWord {
  exact: boolean;
  prefixTerms: string[];
  typoTerms: string[];
}

/** The result of a search: the planned words and the ranked documents. */
export interface SearchOutcome {
  words: ExpandedWord[];
  results: RankedResult[];
  /** Milliseconds spent waiting for index files (the rest of a search's time is computing). */
  loadMs: number;
}

interface LunrIndexInternals {
  invertedIndex: Record<string, Record<string, unknown>>;
  fieldVectors: Record<string, { insert(index: number, value: number): void }>;
  tokenSet: unknown;
}

/** A search engine over one index; files are fetched once and kept. */
export interface SearchEngine {
  manifest(): Promise<SearchManifest>;
  search(query: string, options?: { typing?: boolean }): Promise<SearchOutcome>;
  document(ref: number): Promise<SearchDocumentFile>;
}

function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) {
      value = load(key);
      cache.set(key, value);
      // A failed fetch may succeed later (a flaky connection); don't keep the failure.
      value.catch(() => cache.delete(key));
    }
    return value;
  };
}

/** First index of a sorted list whose item is ≥ `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function hasTerm(list: readonly string[], term: string): boolean {
  return list[lowerBound(list, term)] === term;
}

/** Terms of a sorted list that start with `prefix`, except `exact`: the MAX_PREFIX_TERMS shortest. */
function termsStartingWith(list: readonly string[], prefix: string, exact: string): string[] {
  const found: string[] = [];
  for (let i = lowerBound(list, prefix); i < list.length && list[i]!.startsWith(prefix); i++) if (list[i] !== exact) found.push(list[i]!);
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_TERMS);
}

/** lunr query clauses for expanded words: every matching term, boosted by how it matched. */
export function queryClauses(words: readonly ExpandedWord[]): { term: string; boost: number }[] {
  return words.flatMap((word) => [
    ...(word.exact ? [{ term: word.term, boost: MATCH_BOOST.exact }] : []),
    ...word.prefixTerms.map((term) => ({ term, boost: MATCH_BOOST.prefix })),
    ...word.typoTerms.map((term) => ({ term, boost: MATCH_BOOST.typo })),
  ]);
}

/** Creates an engine that reads the index through `read`. */
export function createSearchEngine(read: IndexReader): SearchEngine {
  const manifest = memo(async (_: 'manifest') => {
    const value = (await read(indexPaths.manifest)) as SearchManifest;
    if (value?.format !== INDEX_FORMAT) throw new Error(`Suchindex im Format ${value?.format}, erwartet ${INDEX_FORMAT}.`);
    return value;
  });
  const termList = memo(async (key: string) => {
    const { termLists } = await manifest('manifest');
    return termLists.includes(key) ? ((await read(indexPaths.termList(key))) as TermList) : [];
  });
  // Bounded, because a server meets whatever words strangers send it.
  const typoTerms = new Map<string, string[]>();
  const TYPO_MEMO_LIMIT = 10_000;

  let fields: string[] = [];
  // @types/lunr lags behind lunr here: the attributes are lunr 2's.
  const index = new lunr.Index({
    invertedIndex: Object.create(null),
    fieldVectors: Object.create(null),
    tokenSet: new lunr.TokenSet(),
    fields,
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
  const internals = index as unknown as LunrIndexInternals;
  let nextTermIndex = 0;

  // Adds a postings file to lunr's inverted index and field vectors, as lunr.Builder would have built them.
  const postingsFile = memo(async (file: number) => {
    const entries = (await read(indexPaths.postings(file))) as PostingsFile;
    for (const [term, flat] of entries) {
      const posting: Record<string, unknown> = { _index: nextTermIndex++ };
      for (const field of fields) posting[field] = Object.create(null);
      for (let i = 0; i < flat.length; ) {
        const field = fields[flat[i]!]!;
        const count = flat[i + 1]!;
        i += 2;
        const documents = posting[field] as Record<string, object>;
        let ref = -1;
        for (let n = 0; n < count; n++, i += 2) {
          ref += flat[i]! + 1;
          documents[ref] = Object.create(null);
          const fieldRef = `${field}/${ref}`;
          (internals.fieldVectors[fieldRef] ??= new lunr.Vector([])).insert(posting._index as number, flat[i + 1]! / 1000);
        }
      }
      internals.invertedIndex[term] = posting;
    }
  });

  async function expand(word: PlannedWord): Promise<ExpandedWord> {
    const list = await termList(termListKey(word.term));
    const prefixList = word.prefix && termListKey(word.prefix) !== termListKey(word.term) ? await termList(termListKey(word.prefix)) : list;
    const exact = hasTerm(list, word.term);
    const prefixTerms = word.prefix ? termsStartingWith(prefixList, word.prefix, word.term) : [];
    // Typos are corrected only for words the index does not know: "Kinder"
    // must not also find "Kunde".
    let typos: string[] = [];
    if (word.fuzzy && !exact && prefixTerms.length === 0) {
      typos = typoTerms.get(word.folded) ?? [];
      if (!typoTerms.has(word.folded)) {
        const candidates = new Set(oneEditAway(word.folded).map(germanTerm));
        typos = [...candidates].filter((term): term is string => term !== null && term !== word.term && hasTerm(list, term));
        if (typoTerms.size >= TYPO_MEMO_LIMIT) typoTerms.clear();
        typoTerms.set(word.folded, typos);
      }
    }
    return { ...word, exact, prefixTerms, typoTerms: typos };
  }

  async function search(query: string, options: { typing?: boolean } = {}): Promise<SearchOutcome> {
    let loadMs = 0;
    const waitFor = async <T>(loading: Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await loading;
      } finally {
        loadMs += performance.now() - started;
      }
    };
    const { fields: names, postings } = await waitFor(manifest('manifest'));
    fields = names;
    (index as unknown as { fields: string[] }).fields = names;
    const planned = planQuery(query, options);
    await waitFor(Promise.all(planned.flatMap((word) => [word.term, word.prefix ?? word.term]).map((term) => termList(termListKey(term)))));
    const words = await Promise.all(planned.map(expand));
    const terms = [...new Set(words.flatMap((word) => [...(word.exact ? [word.term] : []), ...word.prefixTerms, ...word.typoTerms]))].sort();
    if (terms.length === 0) return { words, results: [], loadMs };
    await waitFor(Promise.all([...new Set(terms.map((term) => postingsFileOf(postings, term)))].map(postingsFile)));

    // lunr expands each clause against index.tokenSet; giving it exactly the
    // planned terms keeps results the same whatever was loaded before.
    internals.tokenSet = (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray(terms);
    const results = index.query((q) => {
      for (const clause of queryClauses(words)) q.term(clause.term, { usePipeline: false, boost: clause.boost });
    });
    return { words, results: rankByCoverage(results, words), loadMs };
  }

  return {
    manifest: () => manifest('manifest'),
    search,
    document: memo(async (ref: number) => (await read(indexPaths.document(ref))) as SearchDocumentFile),
  };
}
