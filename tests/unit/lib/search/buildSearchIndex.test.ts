import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/buildSearchIndex.ts';
import { INDEX_FORMAT, postingsFileOf, type PostingsFile, type SearchManifest } from '../../../../src/lib/search/indexFormat.ts';
import { CORPUS, searchDocument } from './searchFixtures.ts';

const built = buildSearchIndex(CORPUS, { postingsFileBytes: 300 });
const json = (path: string) => JSON.parse(built.files.get(path)!);
const manifest = json('manifest.json') as SearchManifest;

describe('lib/search/buildSearchIndex', () => {
  it('writes a manifest that finds every other file', () => {
    expect(manifest.format).toBe(INDEX_FORMAT);
    expect(manifest.documents).toBe(CORPUS.length);
    expect(manifest.fields).toContain('title');
    const paths = [
      'manifest.json',
      ...manifest.postings.map((_, i) => `postings/${i}.json`),
      ...manifest.termLists.map((key) => `terms/${key}.json`),
      ...CORPUS.map((_, i) => `docs/${i}.json`),
    ];
    expect([...built.files.keys()].sort()).toEqual(paths.sort());
  });

  it('puts each term into the postings file the manifest points to', () => {
    manifest.postings.forEach((_, file) => {
      for (const [term] of json(`postings/${file}.json`) as PostingsFile) expect(postingsFileOf(manifest.postings, term), term).toBe(file);
    });
  });

  it('keeps no body text in the files read before the first result', () => {
    const early = [...built.files].filter(([path]) => !path.startsWith('docs/')).map(([, file]) => file).join(' ');
    expect(early).not.toContain('Wischen');
    expect(json('docs/0.json')).toMatchObject({ id: 'algorithmen', url: '/artikel/algorithmen/', dateLabel: '12. März 2026', date: '2026-03-12' });
  });

  it('indexes the parts of compounds', () => {
    const terms = [...built.files].filter(([path]) => path.startsWith('terms/')).flatMap(([, file]) => JSON.parse(file) as string[]);
    expect(terms).toContain('kinderdatenschutzgesetz');
    expect(terms).toContain('datenschutzgesetz');
  });

  it('offers the most used tags', () => {
    expect(manifest.tags[0]).toEqual({ name: 'Datenschutz', url: '/thema/datenschutz/', count: 2 });
  });

  it('is deterministic, and its hash follows the content', () => {
    expect(buildSearchIndex(CORPUS, { postingsFileBytes: 300 })).toEqual(built);
    const changed = buildSearchIndex([...CORPUS.slice(0, -1), searchDocument('neu', { body: 'Etwas anderes.' })], { postingsFileBytes: 300 });
    expect(changed.hash).not.toBe(built.hash);
    expect(built.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});
