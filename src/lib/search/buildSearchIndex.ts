/**
 * Builds the search index of a set of documents with lunr and writes it as
 * the small files of indexFormat.ts: a reader downloads the manifest, the
 * term lists and postings of the words typed, and the documents shown.
 */
import { contentHash } from '../contentHash.ts';
import { uniqueTags } from '../taxonomy.ts';
import { urls } from '../urls.ts';
import { compoundHeads, compoundTails } from './compounds.ts';
import { foldGerman, words } from './germanWords.ts';
import { germanTerm, stemFolded } from './germanTerms.ts';
import {
  INDEX_FORMAT,
  SEARCH_FIELDS,
  indexPaths,
  termListKey,
  type PostingsFile,
  type SearchDocumentFile,
  type SearchManifest,
  type TermPostings,
} from './indexFormat.ts';
import { lunr } from './lunrGerman.ts';
import { documentDates, type SearchDocument } from './searchDocuments.ts';

/** A built index: file contents (JSON) by path relative to the index folder. */
export interface SearchIndexFiles {
  /** Content hash of all files: the name of the folder they are served from. */
  hash: string;
  files: Map<string, string>;
}

/** Settings of `buildSearchIndex`. */
export interface BuildOptions {
  /**
   * Postings files are cut after about this many bytes of JSON. Smaller files
   * mean fewer bytes per search and more files; 8 kB keep a file near 2 kB gzip.
   */
  postingsFileBytes?: number;
  /** Tags offered when a search finds nothing. */
  suggestedTags?: number;
}

const FIELD_TEXT: Record<(typeof SEARCH_FIELDS)[number]['name'], (document: SearchDocument) => string> = {
  title: (document) => document.title,
  tags: (document) => document.tags.join(' '),
  category: (document) => document.category,
  headings: (document) => document.headings.join(' '),
  lead: (document) => document.lead,
  author: (document) => document.author,
  body: (document) => document.body,
};

// Compounds are nouns: capitalised, and never written in lower case in the
// same corpus ("Vielleicht" starts a sentence, but "vielleicht" occurs too).
function isNoun(word: string, uniqueWords: ReadonlySet<string>): boolean {
  return /^\p{Lu}/u.test(word) && !uniqueWords.has(word.toLowerCase());
}

/** The index terms of a word: its own stem, plus for a noun the stems of what follows a known first part. */
function termAnalyzer(uniqueWords: ReadonlySet<string>): (word: string) => string[] {
  const heads = compoundHeads(uniqueWords);
  const cache = new Map<string, string[]>();
  return (word) => {
    let terms = cache.get(word);
    if (!terms) {
      const own = germanTerm(word);
      const parts = own !== null && isNoun(word, uniqueWords) ? compoundTails(foldGerman(word), heads) : [];
      terms = own === null ? [] : [...new Set([own, ...parts.filter((part) => germanTerm(part) !== null).map(stemFolded)])];
      cache.set(word, terms);
    }
    return terms;
  };
}

/** The whole lunr index of the documents (document n has ref "n"), before it is cut into files. */
export function buildLunrIndex(documents: readonly SearchDocument[]): lunr.Index {
  // Each text is split into words once; the words feed the compound
  // splitter's vocabulary and then lunr.
  const documentWords = documents.map((document) => SEARCH_FIELDS.map(({ name }) => words(FIELD_TEXT[name](document))));
  const uniqueWords = new Set<string>();
  for (const fields of documentWords) for (const list of fields) for (const word of list) uniqueWords.add(word);
  const termsOf = termAnalyzer(uniqueWords);

  const builder = new lunr.Builder();
  builder.ref('ref');
  for (const field of SEARCH_FIELDS) builder.field(field.name, { boost: field.boost });
  // The German analysis (lunr-languages' stemmer and stop words, folding,
  // compounds) runs in the tokenizer; the pipeline stays empty.
  builder.tokenizer = ((list: string[]) => list.flatMap(termsOf)) as unknown as typeof lunr.tokenizer;
  documentWords.forEach((fields, ref) => {
    builder.add({ ref: String(ref), ...Object.fromEntries(SEARCH_FIELDS.map(({ name }, i) => [name, fields[i]])) });
  });
  return builder.build();
}

interface LunrInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

/** Postings per term, taken from lunr's field vectors so the scores are exactly lunr's. */
function postingsOf(index: lunr.Index): Map<string, TermPostings> {
  const { invertedIndex, fieldVectors } = index as unknown as LunrInternals;
  const termOf: string[] = [];
  for (const [term, posting] of Object.entries(invertedIndex)) termOf[posting._index] = term;
  const fieldNumber = new Map(SEARCH_FIELDS.map((field, i) => [field.name as string, i]));
  // term → field → [document, score] pairs
  const byTerm = new Map<string, [number, number][][]>();
  for (const [fieldRef, vector] of Object.entries(fieldVectors)) {
    const slash = fieldRef.indexOf('/');
    const field = fieldNumber.get(fieldRef.slice(0, slash))!;
    const ref = Number(fieldRef.slice(slash + 1));
    const elements = vector.elements;
    for (let i = 0; i < elements.length; i += 2) {
      const term = termOf[elements[i]!]!;
      let fields = byTerm.get(term);
      if (!fields) byTerm.set(term, (fields = SEARCH_FIELDS.map(() => [])));
      fields[field]!.push([ref, Math.round(elements[i + 1]! * 1000)]);
    }
  }
  const postings = new Map<string, TermPostings>();
  for (const [term, fields] of byTerm) {
    const flat: number[] = [];
    fields.forEach((pairs, field) => {
      if (pairs.length === 0) return;
      pairs.sort((a, b) => a[0] - b[0]);
      flat.push(field, pairs.length);
      let previous = -1;
      for (const [ref, score] of pairs) {
        flat.push(ref - previous - 1, score);
        previous = ref;
      }
    });
    postings.set(term, flat);
  }
  return postings;
}

function documentFile(document: SearchDocument): SearchDocumentFile {
  return {
    id: document.id,
    url: document.url,
    title: document.title,
    ...documentDates(document),
    category: document.category,
    lead: document.lead,
    text: document.body,
  };
}

/**
 * Indexes `documents` (document n is docs/n.json) and returns the files of
 * the index. Deterministic: the same documents give the same files and hash.
 */
export function buildSearchIndex(documents: readonly SearchDocument[], options: BuildOptions = {}): SearchIndexFiles {
  const postingsFileBytes = options.postingsFileBytes ?? 8_000;
  const postings = postingsOf(buildLunrIndex(documents));
  const terms = [...postings.keys()].sort();
  const files = new Map<string, string>();

  const firstTerms: string[] = [];
  let current: PostingsFile = [];
  let bytes = 0;
  const flush = () => {
    if (current.length === 0) return;
    files.set(indexPaths.postings(firstTerms.length), JSON.stringify(current));
    firstTerms.push(current[0]![0]);
    current = [];
    bytes = 0;
  };
  for (const term of terms) {
    const entry: PostingsFile[number] = [term, postings.get(term)!];
    current.push(entry);
    bytes += JSON.stringify(entry).length;
    if (bytes >= postingsFileBytes) flush();
  }
  flush();

  const termLists = Map.groupBy(terms, termListKey);
  for (const [key, list] of termLists) files.set(indexPaths.termList(key), JSON.stringify(list));
  documents.forEach((document, ref) => files.set(indexPaths.document(ref), JSON.stringify(documentFile(document))));

  const tags = uniqueTags(documents.map((document) => ({ id: document.id, data: { ...document, draft: false, author: { id: '' } } })))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de'))
    .slice(0, options.suggestedTags ?? 12)
    .map((tag) => ({ name: tag.name, url: urls.tag(tag.name), count: tag.count }));
  const manifest: SearchManifest = {
    format: INDEX_FORMAT,
    documents: documents.length,
    fields: SEARCH_FIELDS.map((field) => field.name),
    postings: firstTerms,
    termLists: [...termLists.keys()].sort(),
    tags,
  };
  files.set(indexPaths.manifest, JSON.stringify(manifest));
  const hash = contentHash(...[...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { hash, files };
}
