import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/buildSite.ts';
import { COMPLETE_FACT_CHECK, fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';

/** The complete block with one YAML line (and its indented children) replaced. */
function factCheckWith(key: string, replacement: string): string {
  const lines = COMPLETE_FACT_CHECK.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ${key}:`));
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('    ')) end++;
  return [...lines.slice(0, start), ...(replacement ? replacement.split('\n') : []), ...lines.slice(end)].join('\n');
}

const GAPS: [item: string, factCheck: string, frontmatter: Record<string, string>, expected: string][] = [
  ['Quellen', factCheckWith('sources', '  sources: []'), {}, 'Es ist keine Quelle angegeben.'],
  ['Behauptungen', factCheckWith('claims', '  claims:\n    - claim: "Die DSGVO gilt in der gesamten EU."\n      source: dsgvo\n      verified: false'), {}, 'ist nicht als geprüft markiert'],
  ['Überschrift', COMPLETE_FACT_CHECK, { title: '"Sie werden nicht glauben, was die DSGVO verlangt"' }, 'Überschriften-Prüfung „curiosity-gap“'],
  ['Bilder', factCheckWith('images', '  images:\n    - src: ./grafik.png\n      credit: "Klartext"\n      kind: photo'), {}, '„license“ fehlt'],
  ['Offenlegung', factCheckWith('disclosure', ''), {}, 'Die Offenlegung fehlt.'],
  ['Minderjährige und Privatpersonen', factCheckWith('minors', '  minors:\n    concernsMinors: true\n    namesPrivatePersons: false'), {}, 'das öffentliche Interesse ist nicht begründet'],
  ['Recht auf Stellungnahme', factCheckWith('rightOfReply', '  rightOfReply:\n    criticised: ["TikTok"]'), {}, '„TikTok“ wird kritisiert'],
  ['Vier-Augen-Prüfung', COMPLETE_FACT_CHECK, { updatedDate: '2026-01-20' }, 'ist älter als die letzte Änderung'],
  ['Vier-Augen-Prüfung', COMPLETE_FACT_CHECK.replace('date: 2026-01-14', 'date: 2026-01-16'), {}, 'Die erste Prüfung ist vom 16. Januar 2026, der Artikel erscheint aber schon am 15. Januar 2026'],
  ['Korrekturen', factCheckWith('corrections', '  corrections:\n    - date: 2026-01-16\n      text: "Zahl präzisiert."\n      before: "Datenschutz"\n      after: "Datenschutz"'), {}, 'Die jüngste Korrektur ist vom 16. Januar 2026'],
];

describe('build: the fact-check gate', () => {
  for (const [item, factCheck, frontmatter, expected] of GAPS) {
    it(`refuses a published post with a gap in „${item}“ and says what to do`, async () => {
      const contentDir = await fixtureContent([{ path: '2026/luecke.mdx', frontmatter: validFrontmatter({ factCheck, ...frontmatter }) }]);
      const result = await buildSite({ contentDir });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('posts/2026/luecke.mdx');
      expect(result.output).toContain(`${item}: `);
      expect(result.output).toContain(expected);
      expect(result.output).toContain('Hinweis: ');
    });
  }

  it('refuses a published post without any fact-check block', async () => {
    const contentDir = await fixtureContent([{ path: '2026/ohne.mdx', frontmatter: validFrontmatter({ factCheck: '' }) }]);
    const result = await buildSite({ contentDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Der Block „factCheck“ fehlt.');
  });

  it('builds while the unchecked post is still a draft', async () => {
    const contentDir = await fixtureContent([
      { path: '2026/fertig.mdx', frontmatter: validFrontmatter() },
      { path: '2026/entwurf.mdx', frontmatter: validFrontmatter({ factCheck: '', draft: 'true' }) },
    ]);
    const result = await buildSite({ contentDir });
    expect(result.code, result.output).toBe(0);
  });
});
