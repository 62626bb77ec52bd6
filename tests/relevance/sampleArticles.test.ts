import { beforeAll, describe, expect, it } from 'vitest';
import { siteSearchIndex } from '../../src/integrations/siteSearchIndex.ts';
import { createSearchEngine, type SearchEngine } from '../../src/lib/search/searchEngine.ts';

// German queries a reader might type, with the sample article that must come
// first. Inflections, umlaut spellings, compounds, typos and half-typed words.
const EXPECTED_FIRST: [query: string, slug: string, options?: { typing?: boolean }][] = [
  ['Algorithmen', 'empfehlungsalgorithmen-junge-nutzer'],
  ['Algorithmus', 'empfehlungsalgorithmen-junge-nutzer'],
  ['Kindern', 'kinderdaten-einwilligung-coppa-dsgvo'],
  ['Kinderdatenschutz', 'kinderdaten-einwilligung-coppa-dsgvo'],
  ['Altersprüfung', 'kinderdaten-einwilligung-coppa-dsgvo'],
  ['Alterspruefung', 'kinderdaten-einwilligung-coppa-dsgvo'],
  ['COPPA', 'kinderdaten-einwilligung-coppa-dsgvo'],
  ['5,7 Millionen', 'kinderdaten-einwilligung-coppa-dsgvo'],
  ['Artikel 8 DSGVO', 'kinderdaten-einwilligung-coppa-dsgvo'],
  ['Clickbait', 'clickbait-ehrliche-ueberschriften'],
  ['ehrliche Überschriften', 'clickbait-ehrliche-ueberschriften'],
  ['Ueberschriften', 'clickbait-ehrliche-ueberschriften'],
  ['Presekodex', 'clickbait-ehrliche-ueberschriften'],
  ['Pressek', 'clickbait-ehrliche-ueberschriften', { typing: true }],
  ['Dark Patterns', 'dark-patterns-einwilligung'],
  ['Cookie Banner', 'dark-patterns-einwilligung'],
  ['Ablehnen versteckt', 'dark-patterns-einwilligung'],
  ['Digital Services Act', 'digital-services-act-empfehlungssysteme'],
  ['Feed ohne Profiling', 'digital-services-act-empfehlungssysteme'],
  ['Empfehlungssysteme erklären', 'digital-services-act-empfehlungssysteme'],
  ['gemietete Reichweite', 'eigener-content-hub-statt-gemieteter-reichweite'],
  ['Website Newsletter', 'eigener-content-hub-statt-gemieteter-reichweite'],
  ['kostenlose Plattformen', 'geschaeftsmodell-kostenlose-plattformen'],
  ['personalisierte Werbung', 'geschaeftsmodell-kostenlose-plattformen'],
  ['Aufmerksamkeit', 'geschaeftsmodell-kostenlose-plattformen'],
  ['Verweildauer', 'social-dilemma-unternehmenskommunikation'],
  ['Netflx', 'social-dilemma-unternehmenskommunikation'],
  ['Social Dilemma', 'social-dilemma-unternehmenskommunikation'],
  ['Wischen', 'empfehlungsalgorithmen-junge-nutzer'],
];

describe('relevance: German queries against the sample articles', () => {
  let engine: SearchEngine;
  let slugs: string[];

  beforeAll(async () => {
    const index = await siteSearchIndex({ contentDir: 'content', now: new Date(), includeUnpublished: false });
    engine = createSearchEngine(async (path) => JSON.parse(index.files.get(path)!));
    const manifest = await engine.manifest();
    slugs = await Promise.all(Array.from({ length: manifest.documents }, async (_, ref) => (await engine.document(ref)).id));
  });

  const top = async (query: string, options?: { typing?: boolean }) => (await engine.search(query, options)).results.map((result) => slugs[result.ref]!);

  it.each(EXPECTED_FIRST)('„%s“ puts %s first', async (query, slug, options) => {
    expect((await top(query, options))[0]).toBe(slug);
  });

  it('finds the same articles for Privatsphäre, Privatsphaere and privatsphare', async () => {
    const umlaut = await top('Privatsphäre');
    expect(umlaut.length).toBeGreaterThan(1);
    expect(await top('Privatsphaere')).toEqual(umlaut);
    expect(await top('privatsphare')).toEqual(umlaut);
  });

  it('finds "Datenschutz" inside compounds (Kinderdatenschutzgesetz, Datenschutzbehörde)', async () => {
    expect(await top('Datenschutz')).toContain('kinderdaten-einwilligung-coppa-dsgvo');
    expect(await top('Datenschutzbehörde')).toContain('kinderdaten-einwilligung-coppa-dsgvo');
  });

  it('puts articles with every word above articles with one', async () => {
    const { results } = await engine.search('personalisierte Werbung');
    const coverage = results.map((result) => result.matchedWords);
    expect(coverage).toEqual([...coverage].sort((a, b) => b - a));
    expect(coverage[0]).toBe(2);
  });
});
