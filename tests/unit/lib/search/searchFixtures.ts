import type { SearchDocument } from '../../../../src/lib/search/searchDocuments.ts';
import type { IndexReader } from '../../../../src/lib/search/searchEngine.ts';
import type { SearchIndexFiles } from '../../../../src/lib/search/buildSearchIndex.ts';

/** A search document with defaults; tests set the fields they are about. */
export function searchDocument(id: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    url: `/artikel/${id}/`,
    title: `Artikel ${id}`,
    lead: '',
    tags: ['Allgemein'],
    category: 'Plattformen',
    author: 'Lena Hoffmann',
    headings: [],
    body: '',
    pubDate: new Date('2026-03-12T10:00:00Z'),
    ...fields,
  };
}

/** A small German corpus with inflections, compounds and umlauts. */
export const CORPUS: SearchDocument[] = [
  searchDocument('algorithmen', {
    title: 'Wie Empfehlungsalgorithmen entscheiden',
    lead: 'Ein Algorithmus sortiert den Feed.',
    tags: ['Algorithmen', 'TikTok'],
    body: 'Der Algorithmus lernt aus jedem Wischen. Empfehlungen entstehen aus Signalen. Die Plattform verrät wenig darüber.',
  }),
  searchDocument('kinderdaten', {
    title: 'Kinderdaten und Einwilligung',
    lead: 'Wer muss zustimmen, wenn eine App Daten von Kindern verarbeitet?',
    tags: ['Kinderdaten', 'DSGVO'],
    category: 'Datenschutz',
    body: 'Das Kinderdatenschutzgesetz in den USA heißt COPPA. Kinder unter 13 Jahren brauchen die Zustimmung der Eltern. Die Datenschutzbehörde prüft Beschwerden.',
  }),
  searchDocument('privatsphaere', {
    title: 'Privatsphäre im Netz',
    body: 'Die Privatsphäre leidet, wenn Plattformen Profile bilden. Werbung folgt den Daten.',
    tags: ['Datenschutz'],
    author: 'Deniz Yilmaz',
  }),
  searchDocument('werbung', {
    title: 'Werbung, Werbung, Werbung',
    body: 'Werbung finanziert das Netz. Werbung ist überall. Werbung zahlt die Rechnung.',
    tags: ['Werbung'],
  }),
  searchDocument('werbung-kinder', {
    title: 'Werbung für Kinder',
    body: 'Werbung, die sich an Kinder richtet, hat strenge Regeln.',
    tags: ['Jugendschutz'],
  }),
  searchDocument('datenschutz', {
    title: 'Datenschutz im Alltag',
    headings: ['Was die Datenschutz-Grundverordnung verlangt'],
    body: 'Datenschutz beginnt bei den Einstellungen. Datenschutzeinstellungen sind oft versteckt.',
    tags: ['Datenschutz', 'DSGVO'],
  }),
];

/** An index reader over built files that records what it reads. */
export function recordingReader(built: SearchIndexFiles): { read: IndexReader; paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    read: async (path) => {
      paths.push(path);
      const file = built.files.get(path);
      if (file === undefined) throw new Error(`no such file: ${path}`);
      return JSON.parse(file);
    },
  };
}
