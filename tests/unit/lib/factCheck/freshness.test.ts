import { describe, expect, it } from 'vitest';
import { datedClaims, figuresOf, sentences, staleUses, supersededClaims } from '../../../../src/lib/factCheck/freshness.ts';

const meta = { claim: 'Facebook hatte zum 31. Dezember 2021 rund 2,91 Milliarden monatlich aktive Nutzer.', source: 'meta-q4-2021', verified: true, asOf: '2021-12-31' };
const post = (bodyText: string, pubDate = '2026-11-25') => ({
  title: 'Eigener Content-Hub statt gemieteter Reichweite',
  lead: 'Warum Redaktionen eine eigene Website brauchen.',
  bodyText,
  pubDate: new Date(pubDate),
  factCheck: { claims: [meta] },
});

describe('lib/factCheck/freshness', () => {
  it('reads the figures of a claim, not its years and days', () => {
    expect(figuresOf(meta.claim)).toEqual([2.91e9]);
    expect(datedClaims({ claims: [meta, { claim: 'ohne Stand', source: 'x' }] }).map((c) => c.asOf.toISOString().slice(0, 10))).toEqual(['2021-12-31']);
  });

  it('warns about a figure older than two years used with „heute“', () => {
    const [use] = staleUses(post('Wer heute veröffentlicht, denkt an Facebook mit 2,91 Milliarden Nutzern. Das ist viel.'));
    expect(use).toMatchObject({ why: 'now-word', sentence: 'Wer heute veröffentlicht, denkt an Facebook mit 2,91 Milliarden Nutzern.' });
  });

  it('reads „heute“ earlier in the figure’s paragraph', () => {
    const text = 'Wer heute veröffentlicht, denkt zuerst an Facebook. Das ist verständlich. Meta meldete zum 31. Dezember 2021 rund 2,91 Milliarden Nutzer.\nEin neuer Absatz mit 2,91 Milliarden, der 2021 nennt.';
    expect(staleUses(post(text)).map((u) => u.sentence)).toEqual(['Meta meldete zum 31. Dezember 2021 rund 2,91 Milliarden Nutzer.']);
  });

  it('splits sentences at their end, not after an ordinal or an abbreviation', () => {
    expect(sentences('Am 31. Dezember 2021 waren es 2,91 Mrd. Nutzer. Nach Art. 8 DSGVO gilt z. B. die Grenze. Neu!')).toEqual([
      'Am 31. Dezember 2021 waren es 2,91 Mrd. Nutzer.',
      'Nach Art. 8 DSGVO gilt z. B. die Grenze.',
      'Neu!',
    ]);
  });

  it('warns about an undated sentence in the present tense', () => {
    expect(staleUses(post('Facebook erreicht 2,91 Milliarden Menschen.')).map((u) => u.why)).toEqual(['present']);
  });

  it('accepts the figure dated in its sentence, or in a post written within two years', () => {
    expect(staleUses(post('Ende 2021 meldete Meta 2,91 Milliarden monatlich aktive Nutzer für Facebook.'))).toEqual([]);
    expect(staleUses(post('Facebook hatte 2,91 Milliarden Nutzer.'))).toEqual([]);
    expect(staleUses(post('Facebook erreicht heute 2,91 Milliarden Menschen.', '2023-06-01'))).toEqual([]);
  });

  it('finds a claim older than the figure a later post took from the same source', () => {
    const source = (id: string) => ({ id, url: 'https://investor.atmeta.com/', title: 'Meta', publisher: 'Meta', accessed: '2026-11-20', primary: true });
    const found = supersededClaims([
      { id: 'alt', pubDate: new Date('2026-01-10'), factCheck: { sources: [source('meta-q4-2021')], claims: [meta] } },
      { id: 'neu', pubDate: new Date('2026-11-25'), factCheck: { sources: [source('meta')], claims: [{ ...meta, source: 'meta', asOf: '2025-12-31' }] } },
      { id: 'anders', pubDate: new Date('2026-12-01'), factCheck: { sources: [{ ...source('x'), url: 'https://example.org/' }], claims: [{ ...meta, source: 'x', asOf: '2026-06-30' }] } },
    ]);
    expect(found.map((f) => `${f.postId} → ${f.newer.postId} (${f.newer.asOf.toISOString().slice(0, 10)})`)).toEqual(['alt → neu (2025-12-31)']);
  });
});
