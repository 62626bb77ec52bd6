import { describe, expect, it } from 'vitest';
import { CHECKLIST_RULES } from '../../../../src/lib/factCheck/checklistRules.ts';
import type { PostToCheck } from '../../../../src/lib/factCheck/postToCheck.ts';
import { completePost } from './fixtures.ts';

const context = { now: new Date('2025-07-01') };
const run = (item: keyof typeof CHECKLIST_RULES, post: PostToCheck, now = context.now) =>
  CHECKLIST_RULES[item](post, { now }).map((p) => `${p.severity}: ${p.message}`);

describe('lib/factCheck/checklistRules', () => {
  it('passes a complete post on every item', () => {
    for (const item of Object.keys(CHECKLIST_RULES) as (keyof typeof CHECKLIST_RULES)[]) {
      expect(run(item, completePost()), item).toEqual([]);
    }
  });

  describe('1. sources', () => {
    it('needs at least one source', () => {
      expect(run('sources', completePost({}, { sources: [] }))).toEqual(['error: Es ist keine Quelle angegeben.']);
    });
    it('needs every field of a source', () => {
      const problems = run('sources', completePost({}, { sources: [{ id: 'a', title: 'T', primary: true }] }));
      expect(problems).toEqual([
        'error: Quelle 1 fehlt „publisher“.',
        'error: Quelle 1 fehlt „accessed“.',
        'error: Quelle 1 fehlt „url/reference“.',
      ]);
    });
    it('needs a primary source or a written reason', () => {
      const secondary = [{ id: 'a', title: 'T', url: 'https://x.example', publisher: 'P', accessed: '2025-06-01', primary: false }];
      expect(run('sources', completePost({}, { sources: secondary }))[0]).toMatch(/Primärquelle/);
      expect(run('sources', completePost({}, { sources: secondary, noPrimarySourceReason: 'Nur Sekundärberichte verfügbar.' }))).toEqual([]);
    });
    it('warns about sources nobody opened for a year', () => {
      expect(run('sources', completePost(), new Date('2026-07-02'))).toEqual(['warning: Die Quelle „ftc“ wurde seit 396 Tagen nicht mehr aufgerufen.']);
    });
  });

  describe('2. claims', () => {
    it('needs claims pointing to a known source, each verified', () => {
      expect(run('claims', completePost({}, { claims: [] }))).toEqual(['error: Es sind keine Behauptungen aufgeführt.']);
      const claims = [{ claim: 'Musical.ly zahlte 5,7 Millionen US-Dollar.', source: 'nyt', verified: false }];
      expect(run('claims', completePost({}, { claims }))).toEqual([
        'error: Behauptung 1 verweist auf die unbekannte Quelle „nyt“.',
        'error: Behauptung 1 („Musical.ly zahlte 5,7 Millionen US-Dollar.“) ist nicht als geprüft markiert.',
      ]);
    });
    it('needs a claim for every number in title and lead, however it is written', () => {
      const post = completePost({ title: 'FTC: Musical.ly zahlt 5.7 Mio. Dollar, drei Jahre später' });
      expect(run('claims', post)).toEqual(['error: Die Zahl 3 aus Überschrift oder Vorspann ist keiner Behauptung zugeordnet.']);
    });
    it('needs a claim for a quotation in title or lead', () => {
      const post = completePost({ lead: 'Die FTC sagt: „Das Gesetz gilt auch für Apps“ – und Musical.ly zahlt.' });
      expect(run('claims', post)).toEqual(['error: Das Zitat „Das Gesetz gilt auch für Apps“ aus Überschrift oder Vorspann ist keiner Behauptung zugeordnet.']);
    });
  });

  describe('3. headline', () => {
    it('fails on a linter error, which cannot be overridden', () => {
      const post = completePost({ title: 'FTC: Musical.ly zahlt 5,7 Millionen Dollar!!' }, { headline: { overrides: [{ rule: 'punctuation', reason: 'weil' }] } });
      const problems = run('headline', post);
      expect(problems[0]).toMatch(/punctuation/);
      expect(problems[1]).toBe('error: Die Regel „punctuation“ ist ein Fehler und kann nicht übergangen werden.');
    });
    it('fails on a warning unless a reviewer gives a reason', () => {
      const title = 'FTC: Musical.ly zahlt die größte Summe, 5,7 Millionen Dollar';
      expect(run('headline', completePost({ title }))[0]).toMatch(/superlative/);
      expect(run('headline', completePost({ title }, { headline: { overrides: [{ rule: 'superlative', reason: 'Laut FTC die höchste COPPA-Strafe bis dahin.' }] } }))).toEqual([]);
      expect(run('headline', completePost({ title }, { headline: { overrides: [{ rule: 'superlative', reason: '' }] } }))).toHaveLength(1);
    });
  });

  describe('4. images', () => {
    it('needs credit and licence for the hero image', () => {
      expect(run('images', completePost({ hero: { credit: 'Klartext', caption: 'x' } }))).toEqual(['error: Das Aufmacherbild: „license“ fehlt.']);
    });
    it('needs symbolic and generated images marked in the caption', () => {
      const hero = { credit: 'K', license: 'CC BY 4.0', kind: 'generated', caption: 'Ein Roboter' };
      expect(run('images', completePost({ hero }))).toEqual(['error: Das Aufmacherbild ist als „KI-generiert“ markiert, die Bildunterschrift sagt das aber nicht.']);
      expect(run('images', completePost({ hero: { ...hero, caption: 'Ein Roboter (KI-generiert)' } }))).toEqual([]);
    });
    it('needs every image in the body listed with its rights', () => {
      expect(run('images', completePost({ bodyImages: ['./grafik.png'] }))).toEqual(['error: Das Bild ./grafik.png im Text ist unter factCheck.images nicht aufgeführt.']);
      const images = [{ src: './grafik.png', credit: 'FTC', license: 'gemeinfrei', kind: 'photo' }];
      expect(run('images', completePost({ bodyImages: ['./grafik.png'] }, { images }))).toEqual([]);
    });
  });

  describe('5. disclosure', () => {
    it('needs the disclosure block and a sponsor for sponsored posts', () => {
      expect(run('disclosure', completePost({}, { disclosure: undefined }))).toEqual(['error: Die Offenlegung fehlt.']);
      expect(run('disclosure', completePost({}, { disclosure: { sponsored: true, conflicts: 'keine' } }))).toEqual([
        'error: Der Beitrag ist als gesponsert markiert, aber der Auftraggeber fehlt.',
      ]);
    });
    it('needs an explicit statement on conflicts of interest', () => {
      expect(run('disclosure', completePost({}, { disclosure: { sponsored: false, conflicts: '' } }))).toEqual([
        'error: Es fehlt die Angabe zu Interessenkonflikten.',
      ]);
    });
  });

  describe('6. minors and private persons', () => {
    it('needs a public-interest reason and removed details when minors are concerned', () => {
      const minors = { concernsMinors: true, namesPrivatePersons: false };
      expect(run('minors', completePost({}, { minors }))).toHaveLength(2);
      expect(run('minors', completePost({}, { minors: { ...minors, publicInterest: 'Aufklärung über Datenschutz', identifyingDetailsRemoved: true } }))).toEqual([]);
    });
    it('needs the answers at all', () => {
      expect(run('minors', completePost({}, { minors: {} }))).toEqual(['error: Die Angaben zu Minderjährigen und Privatpersonen fehlen.']);
    });
  });

  describe('7. right of reply', () => {
    it('needs a request or a reason for everyone criticised', () => {
      const rightOfReply = { criticised: ['TikTok'], requests: [] };
      expect(run('rightOfReply', completePost({}, { rightOfReply }))).toEqual([
        'error: „TikTok“ wird kritisiert, aber es ist nicht dokumentiert, ob um Stellungnahme gebeten wurde.',
      ]);
      expect(run('rightOfReply', completePost({}, { rightOfReply: { ...rightOfReply, requests: [{ party: 'TikTok', askedOn: '2025-05-01' }] } }))).toEqual([
        'error: Bei „TikTok“ fehlt die Antwort auf die Anfrage.',
      ]);
      expect(run('rightOfReply', completePost({}, { rightOfReply: { ...rightOfReply, requests: [{ party: 'tiktok', askedOn: '2025-05-01', answer: 'Keine Antwort bis 2025-05-20.' }] } }))).toEqual([]);
    });
  });

  describe('2. claims: numbers that count the article', () => {
    it('does not ask for a claim behind a number that counts the article’s own sections', () => {
      const title = 'Drei Erkenntnisse für die Unternehmenskommunikation';
      expect(run('claims', completePost({ title, bodyCounts: [3] }))).toEqual([]);
      expect(run('claims', completePost({ title, bodyCounts: [2] }))).toEqual(['error: Die Zahl 3 aus Überschrift oder Vorspann ist keiner Behauptung zugeordnet.']);
    });
  });

  describe('2. claims: freshness', () => {
    it('warns about a figure more than two years old presented as today’s', () => {
      const claims = [{ claim: 'Musical.ly zahlte 5,7 Millionen US-Dollar.', source: 'ftc', verified: true, asOf: '2019-02-27' }];
      const body = 'Die FTC einigte sich mit Musical.ly. Musical.ly zahlt heute 5,7 Mio. US-Dollar wegen Kinderdaten.';
      const title = 'FTC und Musical.ly: Vergleich wegen Kinderdaten';
      const problems = run('claims', completePost({ title, pubDate: new Date('2025-06-03'), bodyText: body }, { claims }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^warning: Die Zahl aus „Musical\.ly zahlte 5,7 Millionen US-Dollar\.“ hat den Stand 27\. Februar 2019/);
      expect(problems[0]).toContain('(„heute“, „derzeit“ oder „aktuell“ im Absatz): „Musical.ly zahlt heute 5,7 Mio. US-Dollar wegen Kinderdaten.“');
      // The default title „Musical.ly zahlt 5,7 Millionen Dollar“ is fine in a post written within two years of the figure.
      expect(run('claims', completePost({ pubDate: new Date('2020-06-03') }, { claims }))).toEqual([]);
    });
  });

  describe('8. review', () => {
    it('needs a reviewer who is not the author', () => {
      expect(run('review', completePost({}, { reviews: [] }))).toEqual(['error: Die Vier-Augen-Prüfung ist nicht dokumentiert.']);
      expect(run('review', completePost({}, { reviews: [{ reviewer: 'deniz-yilmaz', date: '2025-06-02' }] }))).toEqual([
        'error: Der Artikel wurde von der Autorin oder dem Autor selbst geprüft.',
      ]);
    });
    it('refuses a post whose first review came after its publication', () => {
      const reviews = [{ reviewer: 'jonas-becker', date: '2026-11-24' }];
      const problems = CHECKLIST_RULES.review(completePost({}, { reviews }), { now: new Date('2026-12-05') });
      expect(problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([
        'error: Die erste Prüfung ist vom 24. November 2026, der Artikel erscheint aber schon am 3. Juni 2025: er wäre ungeprüft veröffentlicht.',
      ]);
      expect(problems[0]!.fix).toContain('datiere die Prüfung nicht zurück');
    });
    it('accepts a later re-check as long as the first review preceded publication', () => {
      const reviews = [{ reviewer: 'marie-schubert', date: '2025-06-25' }, { reviewer: 'jonas-becker', date: '2025-06-02' }];
      expect(run('review', completePost({ updatedDate: new Date('2025-06-20') }, { reviews }))).toEqual([]);
    });
    it('calls a review older than the last update stale', () => {
      expect(run('review', completePost({ updatedDate: new Date('2025-06-20') }))).toEqual([
        'error: Die Prüfung vom 2. Juni 2025 ist älter als die letzte Änderung vom 20. Juni 2025.',
      ]);
    });
    it('warns about a source opened after the review that relied on it', () => {
      const sources = [{ id: 'ftc', title: 'Pressemitteilung', url: 'https://www.ftc.gov/x', publisher: 'FTC', accessed: '2025-06-05', primary: true }];
      expect(run('review', completePost({}, { sources }))).toEqual([
        'warning: Die Quelle „ftc“ wurde am 5. Juni 2025 abgerufen, nach der letzten Prüfung vom 2. Juni 2025: die Prüfung kann sich nicht auf sie gestützt haben.',
      ]);
    });
  });

  describe('9. corrections', () => {
    const correction = { date: '2025-06-10', text: 'Betrag präzisiert.', before: '5.7 Millionen', after: '5.7 Mio. US-Dollar' };
    it('needs the updated date to follow the newest correction', () => {
      expect(run('corrections', completePost({}, { corrections: [correction] }))).toEqual([
        'error: Die jüngste Korrektur ist vom 10. Juni 2025, das Aktualisierungsdatum (updatedDate) liegt davor oder fehlt.',
      ]);
      expect(run('corrections', completePost({ updatedDate: new Date('2025-06-10') }, { corrections: [correction] }))).toEqual([]);
    });
    it('needs date, text, earlier and new wording of each correction, after publication', () => {
      expect(run('corrections', completePost({ updatedDate: new Date('2025-06-10') }, { corrections: [{ date: '2025-05-01' }] }))).toEqual([
        'error: Korrektur 1 fehlt „text“.',
        'error: Korrektur 1 fehlt „before“.',
        'error: Korrektur 1 fehlt „after“.',
        'error: Korrektur 1 ist älter als die Veröffentlichung.',
      ]);
    });
    it('needs the new wording to stand in the article', () => {
      const wrong = { ...correction, after: '7,5 Millionen Euro' };
      expect(run('corrections', completePost({ updatedDate: new Date('2025-06-10') }, { corrections: [wrong] }))).toEqual([
        'error: Der neue Wortlaut (after) von Korrektur 1 steht nicht im Artikel.',
      ]);
    });
  });
});
