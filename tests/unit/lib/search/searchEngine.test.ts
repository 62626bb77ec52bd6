import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '../../../../src/lib/search/buildSearchIndex.ts';
import { rankByCoverage } from '../../../../src/lib/search/ranking.ts';
import { createSearchEngine, MAX_PREFIX_TERMS, queryClauses } from '../../../../src/lib/search/searchEngine.ts';
import { CORPUS, recordingReader, searchDocument } from './searchFixtures.ts';

// Small files, so a query has to pick the few it needs.
const built = buildSearchIndex(CORPUS, { postingsFileBytes: 200 });
const ids = (results: { ref: number }[]) => results.map((result) => CORPUS[result.ref]!.id);

describe('lib/search/searchEngine', () => {
  it('scores exactly like lunr over the whole index', async () => {
    const whole = buildLunrIndex(CORPUS);
    const engine = createSearchEngine(recordingReader(built).read);
    for (const query of ['Algorithmen', 'Kinder Werbung', 'Datenschutz', 'Privatsphaere', 'Algorihtmus', 'Kinde', 'Werbung Daten Netz']) {
      const outcome = await engine.search(query, { typing: true });
      const expected = rankByCoverage(
        whole.query((q) => queryClauses(outcome.words).forEach((clause) => q.term(clause.term, { usePipeline: false, boost: clause.boost }))),
        outcome.words,
      );
      expect(outcome.results, query).toEqual(expected);
      expect(outcome.results.length, query).toBeGreaterThan(0);
    }
  });

  it('reads only the manifest, the term list and the postings a query needs', async () => {
    const { read, paths } = recordingReader(built);
    const engine = createSearchEngine(read);
    await engine.search('Werbung');
    expect(paths[0]).toBe('manifest.json');
    expect(paths.filter((path) => path.startsWith('terms/'))).toEqual(['terms/w.json']);
    const postings = paths.filter((path) => path.startsWith('postings/'));
    expect(postings.length).toBeGreaterThan(0);
    expect(postings.length).toBeLessThan([...built.files.keys()].filter((path) => path.startsWith('postings/')).length);
    expect(paths.some((path) => path.startsWith('docs/'))).toBe(false);
  });

  it('gives the same results whatever was searched before', async () => {
    const fresh = await createSearchEngine(recordingReader(built).read).search('Daten');
    const used = createSearchEngine(recordingReader(built).read);
    for (const query of ['Datenschutz', 'Datenschutzbehörde', 'dat', 'Kinderdaten']) await used.search(query, { typing: true });
    expect(await used.search('Daten')).toEqual({ ...fresh, loadMs: expect.any(Number) });
  });

  it('finds inflected forms, umlaut spellings, compounds and typos', async () => {
    const engine = createSearchEngine(recordingReader(built).read);
    const first = async (query: string) => ids((await engine.search(query)).results)[0];
    expect(await first('Algorithmen')).toBe('algorithmen');
    expect(await first('Algorithmus')).toBe('algorithmen');
    expect(ids((await engine.search('Kindern')).results).sort()).toEqual(['kinderdaten', 'werbung-kinder']);
    expect(await first('Privatsphaere')).toBe('privatsphaere');
    expect(await first('privatsphare')).toBe('privatsphaere');
    expect(await first('Algorihtmus')).toBe('algorithmen');
    expect(ids((await engine.search('Datenschutz')).results)).toContain('kinderdaten'); // Kinderdatenschutzgesetz, Datenschutzbehörde
  });

  it('completes the word being typed', async () => {
    const engine = createSearchEngine(recordingReader(built).read);
    expect(ids((await engine.search('Privatsph', { typing: true })).results)).toEqual(['privatsphaere']);
  });

  it('corrects typos only in words the index does not know', async () => {
    const engine = createSearchEngine(recordingReader(built).read);
    expect((await engine.search('Algorihtmus')).words[0]!.typoTerms).toEqual(['algorithm']);
    // "Kinder" is known; one edit away would also be "Kunde" or "Rinder".
    expect((await engine.search('Kinder')).words[0]!.typoTerms).toEqual([]);
  });

  it('tolerates no typo in words of fewer than five letters', async () => {
    const engine = createSearchEngine(recordingReader(built).read);
    const [word] = (await engine.search('Nets')).words;
    expect(word!.typoTerms).toEqual([]);
  });

  it('ranks documents with all words first', async () => {
    const engine = createSearchEngine(recordingReader(built).read);
    const { results } = await engine.search('Werbung Kinder');
    expect(ids(results)[0]).toBe('werbung-kinder');
    expect(results[0]!.matchedWords).toBe(2);
    const werbung = results.find((result) => CORPUS[result.ref]!.id === 'werbung')!;
    expect(werbung.matchedWords).toBe(1);
    expect(results.indexOf(werbung)).toBeGreaterThan(0);
  });

  it('treats lunr query syntax as separators and never throws', async () => {
    const engine = createSearchEngine(recordingReader(built).read);
    for (const query of ['title:Werbung', 'Werbung~2', 'Werbung^10', '+Werbung -Kinder', '*', '*schutz', 'Wer*ung', ':', '~', '^', '+', '-', '"Werbung']) {
      await expect(engine.search(query, { typing: true }), query).resolves.toBeDefined();
    }
    expect(ids((await engine.search('title:Werbung')).results)).toEqual(ids((await engine.search('title Werbung')).results));
  });

  it('makes no leading wildcard out of "*schutz": it is the word "schutz"', async () => {
    const engine = createSearchEngine(recordingReader(built).read);
    const wildcard = await engine.search('*schutz');
    expect(wildcard.words.map((word) => word.prefix)).toEqual(['schutz']);
    expect(ids(wildcard.results)).toEqual(ids((await engine.search('schutz')).results));
  });

  it('expands a prefix to at most MAX_PREFIX_TERMS terms, shortest first', async () => {
    const many = Array.from({ length: 40 }, (_, i) => searchDocument(`d${i}`, { body: `Plattform${'x'.repeat(i)}welt` }));
    const engine = createSearchEngine(recordingReader(buildSearchIndex(many)).read);
    const [word] = (await engine.search('Plattform', { typing: true })).words;
    expect(word!.prefixTerms).toHaveLength(MAX_PREFIX_TERMS);
    expect(word!.prefixTerms[0]!.length).toBeLessThanOrEqual(word!.prefixTerms.at(-1)!.length);
  });

  it('refuses an index of another format', async () => {
    const engine = createSearchEngine(async () => ({ format: 999 }));
    await expect(engine.search('Werbung')).rejects.toThrow(/Format 999/);
  });

  it('tries a file again after it failed to load', async () => {
    let fail = true;
    const { read } = recordingReader(built);
    const engine = createSearchEngine(async (path) => {
      if (fail && path.startsWith('postings/')) throw new Error('offline');
      return read(path);
    });
    await expect(engine.search('Werbung')).rejects.toThrow('offline');
    fail = false;
    expect((await engine.search('Werbung')).results.length).toBeGreaterThan(0);
  });
});
