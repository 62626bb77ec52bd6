import { describe, expect, it } from 'vitest';
import { chi2Q, combineProbabilities, featureProbability, scoreFeatures, type FeatureCounts } from '../../../functions/spam/bayes.ts';
import { clueLabel } from '../../../functions/spam/clueLabels.ts';
import { describeFeature, explainClues } from '../../../functions/spam/explain.ts';
import { ageBucket, extractFeatures, type FilterInput } from '../../../functions/spam/features.ts';
import { findLinks, registrableDomain } from '../../../functions/spam/linkParts.ts';
import { assessComment, filterStage, wordEvidence, type Assessment, type FilterSettings, type ModelView } from '../../../functions/spam/localFilter.ts';
import { normaliseText } from '../../../functions/spam/normalise.ts';
import { detectLanguage, dominantScripts } from '../../../functions/spam/scripts.ts';
import { tokenAgeMs, issueToken } from '../../../functions/spam/timeTrap.ts';
import { PASS } from '../../../functions/spam/verdict.ts';

const input = (body: string, more: Partial<FilterInput> = {}): FilterInput => ({ name: 'Leserin', url: null, body, formAgeMs: 90_000, ...more });

/** A model trained in memory on labelled examples, counted the way applyTraining counts them. */
function trainedModel(examples: Array<[label: 'spam' | 'ham', input: FilterInput]>): ModelView {
  const counts = new Map<string, FeatureCounts>();
  const totals = { spamDocs: 0, hamDocs: 0 };
  for (const [label, example] of examples) {
    totals[label === 'spam' ? 'spamDocs' : 'hamDocs']++;
    for (const feature of extractFeatures(example).all) {
      const entry = counts.get(feature) ?? { spam: 0, ham: 0 };
      entry[label]++;
      counts.set(feature, entry);
    }
  }
  return { countsOf: (feature) => counts.get(feature), totals };
}

const SPAM = [
  'Bestes Online Casino mit 500 € Bonus ohne Einzahlung, jetzt spielen auf https://lucky-casino.xyz',
  'Casino bonus free spins today only, register at https://spin-palace.top and win big',
  'Gratis Freispiele und Casino Bonus! Mehr unter https://lucky-casino.xyz/bonus',
  'Cheap viagra and cialis without prescription, order now at https://pharma-direct.top',
  'Make money from home, earn 5000 dollars a week, click https://easy-cash.xyz',
  'Kredit ohne Schufa sofort, schnell und einfach beantragen: https://kredit-sofort.xyz',
  'Win free bitcoin now, best crypto casino bonus at https://crypto-spin.top',
  'Online Casino Echtgeld Bonus sichern, Jackpot wartet auf https://lucky-casino.xyz/jackpot',
  'Buy followers and likes cheap, instant delivery https://fame-boost.xyz',
  'Sportwetten Bonus 100 € gratis, jetzt Wettkonto eröffnen https://wett-bonus.top',
  'Hot singles in your area want to meet you tonight https://date-now.xyz',
  'Replica watches best price, free shipping worldwide https://replica-shop.top',
];
const HAM = [
  'Danke für den Artikel. Die Zahlen zur Einwilligung decken sich mit dem, was ich im Bericht der Datenschutzbehörde gelesen habe.',
  'Ich sehe das anders: Die Plattformen haben kein Interesse daran, die Empfehlungsalgorithmen offenzulegen.',
  'Gibt es zu der Studie über Dark Patterns eine Quelle? Ich würde sie gern selbst lesen.',
  'Spannender Text. Mich würde interessieren, wie die Aufsicht in anderen EU-Ländern damit umgeht.',
  'Der Absatz über die Kinder-Apps hat mich nachdenklich gemacht, unsere Schule nutzt genau so eine App.',
  'Kleine Korrektur: Die Strafe wurde 2019 verhängt, nicht 2018, steht auch in der verlinkten Meldung.',
  'Great article, the point about engagement metrics applies to news sites as well.',
  'Ich arbeite selbst in einer Redaktion und kann bestätigen, dass die Reichweite oft wichtiger ist als die Qualität.',
  'Wäre schön, wenn ihr auch über die Alternativen schreibt, etwa offene Netzwerke wie Mastodon.',
  'Die DSGVO allein reicht nicht, solange die Behörden so wenig Personal haben.',
  'Guter Punkt mit der Verantwortung gegenüber jungen Leuten. Das fehlt in der Debatte oft.',
  'Mehr dazu hat netzpolitik.org geschrieben: https://netzpolitik.org/2026/einwilligung',
];
const model = trainedModel([...SPAM.map((body): ['spam', FilterInput] => ['spam', input(body)]), ...HAM.map((body): ['ham', FilterInput] => ['ham', input(body)])]);
const settings: FilterSettings = { mode: 'local', spamThreshold: 0.9, hamThreshold: 0.1, minDecisions: 10 };
const wordsOf = (text: string) => extractFeatures(input(text)).all.filter((feature) => feature.startsWith('w:'));

describe('spam/normalise', () => {
  it('reads Cyrillic and Greek look-alike letters in a Latin word as Latin, and leaves Russian words alone', () => {
    expect(normaliseText('саsinо bοnus')).toMatchObject({ text: 'casino bonus', evasions: { mixedScript: true } });
    expect(normaliseText('привет мир').text).toBe('привет мир');
  });

  it('folds fullwidth and mathematical letters (NFKC) and removes zero-width characters', () => {
    expect(normaliseText('ｃａｓｉｎｏ 𝐛𝐨𝐧𝐮𝐬')).toMatchObject({ text: 'casino bonus', evasions: { fancyLetters: true } });
    expect(normaliseText('ca\u200bsi\u200dno\u00adbo\ufeffnus')).toMatchObject({ text: 'casinobonus', evasions: { invisible: true } });
  });

  it('reads digits written for letters inside words, but not in numbers or names like mp3', () => {
    expect(normaliseText('c4s1no fr33 v1agra').text).toBe('casino free viagra');
    expect(normaliseText('2026 covid19 h2o').text).toBe('2026 covid19 h2o');
  });

  it('joins words spelt out letter by letter, but not abbreviations like z. B.', () => {
    expect(normaliseText('c a s i n o und c.a.s.i.n.o').text).toBe('casino und casino');
    expect(normaliseText('z. B. so').text).toBe('z. b. so');
    expect(normaliseText('c a s i n o').evasions.spacedOut).toBe(true);
  });

  it('drops diacritics and ß the same way on both sides of training', () => {
    expect(normaliseText('Für Straße cásíno').text).toBe('fur strasse casino');
  });
});

describe('spam/linkParts', () => {
  it('finds links with scheme, www., bare domains and disguised dots, with their registrable domain', () => {
    const links = findLinks('siehe https://www.shop.example.co.uk/x, bit.ly/abc, casino dot xyz, casino[.]top und www.heise.de/news');
    expect(links.map((link) => [link.domain, link.shortener, link.bare, link.disguised])).toEqual([
      ['example.co.uk', false, false, false],
      ['bit.ly', true, true, false],
      ['casino.xyz', false, true, true],
      ['casino.top', false, true, true],
      ['heise.de', false, false, false],
    ]);
  });

  it('does not take e-mail addresses, abbreviations or version numbers for links', () => {
    expect(findLinks('Schreib an anna@example.org, z.B. usw. Version 2.0 d.h. ok')).toEqual([]);
  });

  it('reads a host in look-alike letters as the Latin host it imitates', () => {
    expect(findLinks('https://саsinо.xyz/')[0]!.domain).toBe('casino.xyz');
    expect(registrableDomain('www.a.b.example.com')).toBe('example.com');
  });
});

describe('spam/features', () => {
  it('names words, word pairs, character 4-grams, links, the website field, name, language, length and form age', () => {
    const features = extractFeatures({ name: 'Best Casino 24', url: 'https://casino.xyz', body: 'Tolles Spiel! Hier: https://bit.ly/3xYz und mehr auf casino.xyz', formAgeMs: 5000 }).all;
    expect(features).toEqual(
      expect.arrayContaining([
        'w:tolles', 'b:tolles spiel', 'c:spie', 'd:bit.ly', 'link:shortener', 'd:casino.xyz', 'tld:xyz', 'link:bare', 'links:2',
        'site:d:casino.xyz', 'site:linked-in-text', 'n:casino', 'name:digits', 'lang:de', 'len:s', 'age:<10s',
      ]),
    );
    expect(features.some((feature) => feature.includes('3xyz'))).toBe(false);
  });

  it('reads the words of link and website domains, shares their 4-grams with the text, and notes a website given', () => {
    const features = extractFeatures({ name: 'Anna', url: 'https://kreditexpress-24.de', body: 'Sofortkredit hier: https://kredit-ohne-schufa.top', formAgeMs: 60_000 });
    expect(features.all).toEqual(expect.arrayContaining(['u:kredit', 'u:ohne', 'u:schufa', 'u:kreditexpress', 'site:given', 'c:kred']));
    expect(features.wordGrams.get('u:kreditexpress')).toContain('c:kred');
    expect(features.wordGrams.get('w:sofortkredit')).toContain('c:kred');
    expect(extractFeatures(input('Ohne Website')).all).toEqual(expect.arrayContaining(['site:none']));
    expect(extractFeatures(input('Ohne Website')).all).not.toContain('site:given');
  });

  it('notices German formal address in mid-sentence, not "sie" (she, they) nor a sentence that starts with "Sie"', () => {
    expect(extractFeatures(input('Wir bringen Sie auf Seite 1.')).all).toContain('style:formal');
    expect(extractFeatures(input('Hallo, Ihre Website rankt nicht.')).all).toContain('style:formal');
    expect(extractFeatures(input('Sie hat recht. Ich finde, sie hat recht.')).all).not.toContain('style:formal');
  });

  it('pairs a number with the word next to it as #', () => {
    const features = extractFeatures(input('In 24 Stunden 15 Kilo weniger')).all;
    expect(features).toEqual(expect.arrayContaining(['b:in #', 'b:# stunden', 'b:# kilo']));
    expect(features.some((feature) => /\d/.test(feature) && feature.startsWith('w:'))).toBe(false);
  });

  // Spelt-out words need a wider gap between them than between their letters, or they read as one word (its 4-grams still match).
  it('sees the same words through every evasion', () => {
    const plain = wordsOf('casino bonus');
    for (const disguised of ['саsinо bonus', 'ｃａｓｉｎｏ ｂｏｎｕｓ', 'ca\u200bsino bo\u200bnus', 'c4s1no b0nus', 'c a s i n o  b o n u s', 'CASINO Bonus']) {
      expect(wordsOf(disguised)).toEqual(expect.arrayContaining(plain));
    }
  });

  it('flags each evasion, so that using one is a clue of its own', () => {
    const all = (body: string) => extractFeatures(input(body)).all;
    expect(all('саsinо')).toContain('evasion:mixedScript');
    expect(all('ca\u200bsino')).toContain('evasion:invisible');
    expect(all('c a s i n o')).toContain('evasion:spacedOut');
    expect(all('v1agra')).toContain('evasion:leet');
    expect(all('𝐜𝐚𝐬𝐢𝐧𝐨')).toContain('evasion:fancyLetters');
  });

  it('gives each link its own context: the link and the words next to it', () => {
    const padding = 'Ich finde den Artikel gut und wichtig. '.repeat(10);
    const { linkContexts } = extractFeatures(input(`${padding} Casino Bonus hier: https://lucky-casino.xyz ${padding}`));
    expect(linkContexts).toHaveLength(1);
    expect(linkContexts[0]).toEqual(expect.arrayContaining(['d:lucky-casino.xyz', 'w:casino', 'w:bonus', 'w:hier']));
    expect(linkContexts[0]).not.toContain('w:artikel');
  });

  it('notices scripts, languages, shouting, repetition and contact details', () => {
    expect(dominantScripts('Привет, как дела? Hello').sort()).toEqual(['cyrillic', 'latin']);
    expect(detectLanguage('the cat is on the mat and you are here'.split(' '))).toBe('en');
    expect(detectLanguage('das ist nicht wie ich es mir vorstelle'.split(' '))).toBe('de');
    const all = extractFeatures(input('KAUFEN SIE JETZT!!! BILLIG BILLIG BILLIG BILLIG, WhatsApp +49 170 1234567')).all;
    expect(all).toEqual(expect.arrayContaining(['style:caps', 'style:exclaim', 'style:repeated-word', 'style:contact']));
  });

  it('buckets the form age and reads it from a time-trap token', () => {
    expect([ageBucket(null), ageBucket(4000), ageBucket(45_000), ageBucket(7_200_000)]).toEqual(['none', '<10s', '<2m', '<1d']);
    const issued = new Date('2026-12-05T10:00:00Z');
    expect(tokenAgeMs(issueToken('s'.repeat(32), 'p', issued), new Date(issued.getTime() + 42_000))).toBe(42_000);
    expect(tokenAgeMs(null, issued)).toBeNull();
  });
});

describe('spam/bayes', () => {
  const totals = { spamDocs: 100, hamDocs: 100 };

  it('pulls rarely seen features toward neutral and leaves unknown ones at 0.5', () => {
    expect(featureProbability(undefined, totals)).toBe(0.5);
    const once = featureProbability({ spam: 1, ham: 0 }, totals);
    const often = featureProbability({ spam: 50, ham: 0 }, totals);
    expect(once).toBeGreaterThan(0.5);
    expect(often).toBeGreaterThan(once);
    expect(featureProbability({ spam: 0, ham: 50 }, totals)).toBeLessThan(0.02);
  });

  it('combines clues with Fisher’s method: agreement is certain, disagreement is unsure', () => {
    expect(chi2Q(0, 4)).toBe(1);
    expect(combineProbabilities([])).toBe(0.5);
    expect(combineProbabilities([0.99, 0.98, 0.97])).toBeGreaterThan(0.95);
    expect(combineProbabilities([0.01, 0.02, 0.03])).toBeLessThan(0.05);
    const mixed = combineProbabilities([0.99, 0.98, 0.97, 0.01, 0.02, 0.03]);
    expect(mixed).toBeGreaterThan(0.3);
    expect(mixed).toBeLessThan(0.7);
  });

  it('uses at most a few character 4-grams, so one long word does not count a dozen times', () => {
    const counts = (feature: string) => (feature.startsWith('c:') ? { spam: 90, ham: 0 } : undefined);
    const grams = Array.from({ length: 30 }, (_, i) => `c:g${i}`);
    expect(scoreFeatures(grams, counts, totals).clues).toHaveLength(12);
  });
});

describe('spam/localFilter', () => {
  it('counts a word and its 4-grams as one piece of evidence: the word, or one gram when that says more', () => {
    const features = extractFeatures(input('enjoyed Sofortkredit'));
    const counts = new Map<string, FeatureCounts>([
      ['w:enjoyed', { spam: 3, ham: 0 }],
      ['c:enjo', { spam: 3, ham: 0 }],
      ['c:njoy', { spam: 3, ham: 0 }],
      ['c:kred', { spam: 20, ham: 0 }],
      ['c:redi', { spam: 5, ham: 1 }],
    ]);
    const used = wordEvidence(features, { countsOf: (feature) => counts.get(feature), totals: { spamDocs: 50, hamDocs: 50 } });
    expect(used).toContain('w:enjoyed');
    expect(used.filter((feature) => feature.startsWith('c:'))).toEqual(['c:kred']);
  });

  it('judges the website field on its own too, but only when its domain or a word of it was seen in spam, not by its TLD alone', () => {
    const counts = new Map<string, FeatureCounts>([
      ['u:kredit', { spam: 40, ham: 0 }],
      ['site:tld:de', { spam: 45, ham: 5 }],
      ['w:artikel', { spam: 0, ham: 40 }],
    ]);
    const view: ModelView = { countsOf: (feature) => counts.get(feature), totals: { spamDocs: 50, hamDocs: 50 } };
    const strict = { ...settings, spamThreshold: 0.85 };
    const shop = assessComment(input('Danke für den Artikel', { url: 'https://kredit-sofort-24.de' }), view, strict);
    expect(shop.outcome).toBe('spam');
    expect(shop.clues.map((clue) => clue.code)).toContain('domain-words');
    const blog = assessComment(input('Danke für den Artikel', { url: 'https://anna-schreibt.de' }), view, strict);
    expect(blog.outcome).not.toBe('spam');
  });

  it('scores held-out spam as spam and held-out ham as ham', () => {
    expect(assessComment(input('Casino Bonus ohne Einzahlung, Freispiele auf https://lucky-casino.xyz/neu'), model, settings).outcome).toBe('spam');
    expect(assessComment(input('Danke für den Artikel, die Einwilligung ist auch in unserer Schule ein Thema, die Datenschutzbehörde sollte prüfen.'), model, settings).outcome).toBe('ham');
  });

  for (const [evasion, body] of [
    ['look-alike letters', 'Саsinо bοnus оhne Einzahlung, Freispiele auf https://lucky-casino.xyz'],
    ['zero-width characters', 'Ca\u200bsino Bo\u200bnus ohne Ein\u200bzahlung, Frei\u200bspiele auf https://lucky-casino.xyz'],
    ['spaced-out words', 'C a s i n o B o n u s ohne Einzahlung, Freispiele auf https://lucky-casino.xyz'],
    ['fullwidth letters', 'Ｃａｓｉｎｏ Ｂｏｎｕｓ ohne Einzahlung, Freispiele auf https://lucky-casino.xyz'],
    ['digits for letters', 'C4s1no B0nus ohne Einzahlung, Fr3ispiele auf https://lucky-casino.xyz'],
    ['a disguised domain', 'Casino Bonus ohne Einzahlung, Freispiele auf lucky-casino dot xyz'],
  ] as const) {
    it(`still calls spam spam when it uses ${evasion}`, () => {
      expect(assessComment(input(body), model, settings).outcome).toBe('spam');
    });
  }

  it('does not let a link shortener hide a spam text, and learns the shortener itself', () => {
    const shortened = [...SPAM.slice(0, 6).map((body) => body.replace(/https:\/\/\S+/, 'https://bit.ly/x1')), ...SPAM];
    const withShortener = trainedModel([...shortened.map((body): ['spam', FilterInput] => ['spam', input(body)]), ...HAM.map((body): ['ham', FilterInput] => ['ham', input(body)])]);
    const assessment = assessComment(input('Tolle Seite, schau mal hier: https://tinyurl.com/abc123'), withShortener, settings);
    expect(assessment.outcome).not.toBe('ham');
    expect(assessment.clues.map((clue) => clue.code)).toContain('link:shortener');
  });

  it('does not let long harmless padding around a spam link pass as ham', () => {
    const padding = HAM.slice(0, 8).join(' ');
    const assessment = assessComment(input(`${padding} Casino Bonus Freispiele: https://lucky-casino.xyz ${padding}`), model, settings);
    expect(assessment.outcome).toBe('spam');
    expect(assessment.clues.map((clue) => clue.code)).toContain('domain');
  });

  it('is unsure, not sure, about a text it has learned nothing about', () => {
    const assessment = assessComment(input('Lorem ipsum dolor sit amet'), model, settings);
    expect(assessment.outcome).toBe('unsure');
    expect(assessment.score).toBeGreaterThan(0.1);
    expect(assessment.score).toBeLessThan(0.9);
  });

  it('explains its score with the three to five groups of features that weighed most', () => {
    const assessment = assessComment(input('Casino Bonus ohne Einzahlung, Freispiele auf https://lucky-casino.xyz/neu'), model, settings);
    expect(assessment.clues.length).toBeGreaterThanOrEqual(3);
    expect(assessment.clues.length).toBeLessThanOrEqual(5);
    const labels = assessment.clues.map(clueLabel);
    expect(labels).toContain('Link zu bekannter Spam-Domain: lucky-casino.xyz');
    expect(labels.find((label) => label.startsWith('Wörter, die oft in Spam stehen:'))).toMatch(/casino|bonus|freispiele|einzahlung/);
  });

  it('maps its outcome to a stage: only advice before it is ready and in akismet mode, Akismet when unsure in both mode', () => {
    const assessment = (outcome: Assessment['outcome'], ready = true): Assessment => ({ score: 0.5, outcome, ready, clues: [], formAgeMs: null, learned: { spam: 0, ham: 0, needed: 20 } });
    expect(filterStage(assessment('spam'), 'local')).toEqual({ verdict: 'spam', reason: 'local-spam' });
    expect(filterStage(assessment('ham'), 'local')).toEqual(PASS);
    expect(filterStage(assessment('unsure'), 'local')).toEqual({ verdict: 'moderate', reason: 'local-unsure' });
    expect(filterStage(assessment('spam', false), 'local')).toEqual({ verdict: 'moderate', reason: 'local-learning' });
    expect(filterStage(assessment('unsure'), 'both')).toBe('ask-akismet');
    expect(filterStage(assessment('spam', false), 'both')).toBe('ask-akismet');
    expect(filterStage(assessment('spam'), 'both')).toEqual({ verdict: 'spam', reason: 'local-spam' });
    expect(filterStage(assessment('ham'), 'akismet')).toBe('ask-akismet');
  });

  it('is ready only after the minimum of decisions of each kind', () => {
    expect(assessComment(input('x'), model, { ...settings, minDecisions: 12 }).ready).toBe(true);
    expect(assessComment(input('x'), model, { ...settings, minDecisions: 13 }).ready).toBe(false);
  });
});

describe('spam/explain', () => {
  it('groups words and phrases into one line per direction and leaves word parts out when whole words explain', () => {
    const clues = [
      { feature: 'w:casino', probability: 0.99 },
      { feature: 'c:asin', probability: 0.98 },
      { feature: 'b:casino bonus', probability: 0.97 },
      { feature: 'link:shortener', probability: 0.9 },
      { feature: 'w:artikel', probability: 0.1 },
    ];
    expect(explainClues(clues)).toEqual([
      { code: 'words', values: ['casino', 'casino bonus'], direction: 'spam', weight: 0.98 },
      { code: 'link:shortener', values: [], direction: 'spam', weight: 0.8 },
      { code: 'words', values: ['artikel'], direction: 'ham', weight: 0.8 },
    ]);
    expect(describeFeature('site:d:example.org')).toEqual({ code: 'website', value: 'example.org' });
  });

  it('words every kind of clue in German', () => {
    expect(clueLabel({ code: 'links', values: ['3+'], direction: 'spam', weight: 1 })).toBe('Links im Text: drei oder mehr');
    expect(clueLabel({ code: 'language', values: ['en'], direction: 'spam', weight: 1 })).toBe('Sprache: Englisch');
    expect(clueLabel({ code: 'evasion:spacedOut', values: [], direction: 'spam', weight: 1 })).toBe('Gesperrt geschriebenes Wort („c a s i n o“)');
    expect(clueLabel({ code: 'words', values: ['artikel', 'quelle'], direction: 'ham', weight: 1 })).toBe('Wörter wie in freigeschalteten Kommentaren: artikel, quelle');
    expect(clueLabel({ code: 'domain-words', values: ['kredit', 'schufa'], direction: 'spam', weight: 1 })).toBe('Adresse aus Wörtern wie bei Spam: kredit, schufa');
    expect(clueLabel({ code: 'site:given', values: [], direction: 'spam', weight: 1 })).toBe('Website-Feld ausgefüllt');
    expect(clueLabel({ code: 'style:formal', values: [], direction: 'spam', weight: 1 })).toBe('Förmliche Anrede („Sie“, „Ihre“)');
    expect(describeFeature('u:kredit')).toEqual({ code: 'domain-words', value: 'kredit' });
  });
});
