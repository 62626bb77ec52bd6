import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/buildSite.ts';
import { COMPLETE_FACT_CHECK, fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';

const SPONSORED = COMPLETE_FACT_CHECK.replace('    sponsored: false', '    sponsored: true\n    sponsor: "Beispiel GmbH"').replace(
  '      verified: true',
  '      verified: true\n      asOf: 2025-12-31',
).replace(
  '  rightOfReply:\n    criticised: []',
  '  rightOfReply:\n    criticised: ["Beispiel GmbH", "TikTok"]\n    requests:\n      - party: "Beispiel GmbH"\n        askedOn: 2026-01-12\n        answer: "Die Firma verwies auf ihre Datenschutzerklärung."\n      - party: "TikTok"\n        notAskedReason: "Zitiert wird nur die Entscheidung der DPC."',
).replace(
  '  corrections: []',
  '  corrections:\n    - date: 2026-01-20\n      text: "Der Name der Verordnung war falsch geschrieben."\n      before: "Datenschutz nach der DSVGO"\n      after: "Datenschutz nach der DSGVO"',
);

describe('build: transparency for readers', () => {
  let result: BuildResult;
  const read = (path: string) => readFile(join(result.outDir, path), 'utf8');

  beforeAll(async () => {
    const contentDir = await fixtureContent([
      {
        path: '2026/anzeige.mdx',
        // Checked before publication, checked again after the correction.
        frontmatter: validFrontmatter({ factCheck: SPONSORED, updatedDate: '2026-01-20' }).replace(
          'date: 2026-01-14',
          'date: 2026-01-14\n    - reviewer: marie-schubert\n      date: 2026-01-21',
        ),
        body: '## Worum es geht\n\nMehr über Datenschutz und die DSGVO beim [Anbieter](https://anbieter.example/) und [bei uns](/leitlinien/).\n',
      },
    ]);
    result = await buildSite({ contentDir });
    expect(result.code, result.output).toBe(0);
  });

  it('labels a sponsored article „Anzeige“ and names the sponsor', async () => {
    const html = await read('artikel/anzeige/index.html');
    expect(html).toContain('<strong>Anzeige · </strong>');
    expect(html).toContain('Dieser Beitrag ist eine Anzeige von Beispiel GmbH.');
  });

  it('marks its outbound links rel="sponsored", not its internal ones', async () => {
    const html = await read('artikel/anzeige/index.html');
    expect(html).toMatch(/<a href="https:\/\/anbieter\.example\/" rel="sponsored">Anbieter<\/a>/);
    expect(html).toMatch(/<a href="\/leitlinien\/">bei uns<\/a>/);
  });

  it('shows sources, reviewer and corrections in the box „Quellen & Prüfung“', async () => {
    const html = await read('artikel/anzeige/index.html');
    expect(html).toContain('Quellen &amp; Prüfung');
    expect(html).toContain('href="https://eur-lex.europa.eu/eli/reg/2016/679/oj"');
    expect(html).toContain('Vor Veröffentlichung geprüft von Jonas Becker am 14. Januar 2026; erneut geprüft von Marie Schubert am 21. Januar 2026.');
    expect(html).toMatch(/id="korrektur-2026-01-20">\s*<time datetime="2026-01-20">20\. Januar 2026<\/time>: Der Name der Verordnung war falsch geschrieben\./);
    expect(html).toMatch(/Vorher: <q>Datenschutz nach der DSVGO<\/q> Jetzt: <q>Datenschutz nach der DSGVO<\/q>/);
    expect(html).toContain('Korrektur melden');
  });

  it('shows „Stand“ next to a dated figure', async () => {
    const html = await read('artikel/anzeige/index.html');
    expect(html).toMatch(/Die DSGVO gilt in der gesamten EU\. <span class="meta"[^>]*>\(<a href="#quelle-dsgvo"[^>]*>Stand: 31\. Dezember 2025<\/a>\)/);
  });

  it('shows readers per criticised party what was asked and when, and the answer – or why nobody asked', async () => {
    const html = await read('artikel/anzeige/index.html');
    expect(html).toContain('<h3 id="stellungnahme">Recht auf Stellungnahme</h3>');
    expect(html).toContain('Beispiel GmbH: am 12. Januar 2026 um Stellungnahme gebeten. Antwort: Die Firma verwies auf ihre Datenschutzerklärung.');
    expect(html).toContain('TikTok: nicht um Stellungnahme gebeten. Warum: Zitiert wird nur die Entscheidung der DPC.');
  });

  it('gives dateModified and the citations in JSON-LD', async () => {
    const html = await read('artikel/anzeige/index.html');
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
    expect(jsonLd.dateModified).toBe('2026-01-20T00:00:00.000Z');
    expect(jsonLd.citation[0]).toMatchObject({ name: 'Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung)' });
  });

  it('lists the correction on /korrekturen/ and in its feed', async () => {
    const page = await read('korrekturen/index.html');
    expect(page).toContain('Der Name der Verordnung war falsch geschrieben.');
    // What it said before and what it says now, beside the notice.
    expect(page).toMatch(/<dt>Vorher:<\/dt>\s*<dd><q>Datenschutz nach der DSVGO<\/q><\/dd>\s*<dt>Jetzt:<\/dt>\s*<dd><q>Datenschutz nach der DSGVO<\/q><\/dd>/);
    const feed = await read('korrekturen.xml');
    expect(feed).toContain('Vorher: „Datenschutz nach der DSVGO“ Jetzt: „Datenschutz nach der DSGVO“');
    expect(feed).toContain('<title>Korrektur: Ein Beispielartikel</title>');
    expect(feed).toContain('/artikel/anzeige/#korrektur-2026-01-20</link>');
  });

  it('has no editors’ dashboard in the production build', async () => {
    await expect(read('redaktion/index.html')).rejects.toThrow();
    expect(await read('sitemap-0.xml')).not.toContain('redaktion');
  });
});
