import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImportSummary } from '../../../functions/import/importSummary.ts';
import { planImport, prepareImport, type ExistingComments } from '../../../functions/import/planImport.ts';
import { parseWordpressExport } from '../../../functions/import/wordpressExport.ts';

const context = {
  posts: new Set(['dark-patterns-einwilligung', 'tiktok-kinderdaten']),
  siteUrl: 'https://klartext.example',
  now: new Date('2026-11-25T12:00:00Z'),
  fingerprint: (post: string, email: string, body: string) => `${post}|${email}|${body}`,
};
const prepared = prepareImport(parseWordpressExport(readFileSync('tests/fixtures/import/wordpress.xml', 'utf8')), context, 'Anonym');
let n = 0;
const newId = () => `id${++n}`;

describe('import/importSummary', () => {
  it('reports imported, present and skipped comments in German, and names each one not found', () => {
    const plan = planImport(prepared, { bySource: new Map(), byFingerprint: new Map() }, newId);
    expect(formatImportSummary(plan, 'alt.xml', false)).toBe(
      [
        'Import aus WordPress: alt.xml',
        'Importiert: 7 Kommentare (5 freigeschaltet, 1 zur Freigabe, 1 Spam)',
        'Schon vorhanden: 0 Kommentare',
        'Übersprungen: 3 Kommentare (1 im Papierkorb oder gelöscht, 1 Pingback, Trackback oder anderer Typ, 1 Artikel nicht gefunden)',
        'Nicht übernommen (Datei, Kommentar, Adresse, Grund):',
        '  alt.xml: Kommentar 201, https://alt.example.org/2019/05/alter-artikel/ – Artikel nicht gefunden',
        'Kommentare zu nicht gefundenen Artikeln werden beim nächsten Import übernommen, sobald der Artikel veröffentlicht ist (Adresse /artikel/<slug>/ oder gleicher Slug).',
      ].join('\n'),
    );
  });

  it('says why comments were there already, and that a dry run stored nothing', () => {
    const existing: ExistingComments = {
      bySource: new Map(prepared.candidates.slice(1).map((candidate) => [candidate.comment.sourceId, 'x'])),
      byFingerprint: new Map([[prepared.candidates[0]!.row.fingerprint, 'y']]),
    };
    const lines = formatImportSummary(planImport(prepared, existing, newId), 'alt.xml', true).split('\n');
    expect(lines.slice(1, 4)).toEqual([
      'Probelauf: nichts wurde gespeichert.',
      'Zu importieren: 0 Kommentare',
      'Schon vorhanden: 7 Kommentare (6 aus einem früheren Import, 1 gleicher Kommentar schon gespeichert)',
    ]);
  });
});
