/**
 * The labelled corpus of `npm run bench -- spam`: a SYNTHETIC corpus, written
 * by hand for this benchmark (German and English, spam and ham, in
 * bench/spam/corpus/*.tsv: name, website, text). No message is taken from a
 * real site or a public spam corpus. Every line is its own message, not a
 * template filled in; the benchmark trains on every other line of each file
 * and tests on the rest (`--swapped`: the other way round), so no test
 * message was seen in training.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusMessage {
  label: 'spam' | 'ham';
  lang: 'de' | 'en';
  name: string;
  url: string | null;
  body: string;
}

const FILES: Array<{ file: string; label: CorpusMessage['label']; lang: CorpusMessage['lang'] }> = [
  { file: 'ham-de.tsv', label: 'ham', lang: 'de' },
  { file: 'ham-en.tsv', label: 'ham', lang: 'en' },
  { file: 'spam-de.tsv', label: 'spam', lang: 'de' },
  { file: 'spam-en.tsv', label: 'spam', lang: 'en' },
];

/** Parses one file's lines: `name<TAB>website<TAB>text`, the website may be empty. Pure. */
export function parseCorpusFile(text: string, label: CorpusMessage['label'], lang: CorpusMessage['lang']): CorpusMessage[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [name, url, body] = line.split('\t');
      if (!name || body === undefined) throw new Error(`corpus line ${i + 1} (${label}/${lang}) needs name, website and text separated by tabs`);
      return { label, lang, name, url: url || null, body };
    });
}

/**
 * Every other message of each file for training (from the first; `swapped`:
 * from the second), the others for the test: disjoint, and each file is split
 * evenly. Pure.
 */
export function splitCorpus(files: CorpusMessage[][], swapped = false): { train: CorpusMessage[]; test: CorpusMessage[] } {
  const trainParity = swapped ? 1 : 0;
  const train = files.flatMap((messages) => messages.filter((_, i) => i % 2 === trainParity));
  const test = files.flatMap((messages) => messages.filter((_, i) => i % 2 !== trainParity));
  return { train, test };
}

/** Mixes messages in a fixed pseudo-random order (a moderator sees spam and ham interleaved). Pure. */
export function shuffled<T>(items: readonly T[], seed = 14): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The corpus files of bench/spam/corpus, parsed. */
export function readCorpus(dir = join(import.meta.dirname, 'corpus')): CorpusMessage[][] {
  return FILES.map(({ file, label, lang }) => parseCorpusFile(readFileSync(join(dir, file), 'utf8'), label, lang));
}
