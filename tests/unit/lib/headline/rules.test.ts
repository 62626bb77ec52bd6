import { describe, expect, it } from 'vitest';
import { HEADLINE_RULES, lintHeadline, namesIn, type HeadlineInput } from '../../../../src/lib/headline/rules.ts';
import { strings } from '../../../../src/strings.ts';

const clean: HeadlineInput = {
  title: 'Kinderdaten: Was COPPA und DSGVO verlangen',
  lead: 'Die FTC verhängte gegen Musical.ly eine Strafe von 5,7 Millionen Dollar. Was das für Kinderdaten heißt.',
  body: 'Die US-Behörde FTC einigte sich 2019 mit Musical.ly auf 5.7 Mio. US-Dollar. COPPA schützt Kinder unter 13 Jahren, die DSGVO verlangt in Artikel 8 eine Einwilligung.',
  tags: ['Kinderdaten', 'COPPA'],
  category: 'Datenschutz',
};

const rulesFlagging = (input: Partial<HeadlineInput>) => lintHeadline({ ...clean, ...input }).map((f) => f.rule);

describe('lib/headline/rules', () => {
  it('passes an honest headline whose figures and names are in the text', () => {
    expect(lintHeadline(clean)).toEqual([]);
  });

  it('flags curiosity gaps', () => {
    expect(rulesFlagging({ title: 'Sie werden nicht glauben, was COPPA verlangt' })).toContain('curiosity-gap');
    expect(rulesFlagging({ lead: 'Was dann geschah, überraschte die FTC.' })).toContain('curiosity-gap');
  });

  it('flags superlatives as a warning that needs evidence', () => {
    const findings = lintHeadline({ ...clean, title: 'Die gefährlichste App für Kinderdaten' });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'superlative', severity: 'warning' }));
    expect(rulesFlagging({ title: 'Die allerschlimmste Datenpanne bei COPPA' })).toContain('superlative');
  });

  it('flags shouting capitals but not acronyms the text uses', () => {
    expect(rulesFlagging({ title: 'ACHTUNG: Kinderdaten nach COPPA' })).toEqual(['all-caps']);
    expect(rulesFlagging({})).not.toContain('all-caps'); // COPPA, DSGVO stand in the body
  });

  it('flags doubled exclamation and question marks', () => {
    expect(rulesFlagging({ title: 'Kinderdaten bei COPPA!!' })).toContain('punctuation');
    expect(rulesFlagging({ title: 'Kinderdaten bei COPPA?!' })).toContain('punctuation');
    expect(rulesFlagging({ title: 'Was verlangt COPPA?' })).not.toContain('punctuation');
  });

  it('flags listicle teasers', () => {
    expect(rulesFlagging({ title: 'Sieben Regeln zu COPPA – Nummer 5 wird Sie überraschen' })).toContain('listicle-teaser');
    expect(rulesFlagging({ title: '7 Gründe, die für COPPA sprechen' })).toContain('listicle-teaser');
  });

  it('flags a number in the title that the body does not contain', () => {
    const findings = lintHeadline({ ...clean, title: 'COPPA: 6 Millionen Dollar Strafe für Kinderdaten' });
    expect(findings.map((f) => f.message)).toContain(strings.headlineRules['number-missing'].finding('6.000.000'));
  });

  it('finds "5,7 Millionen" in a body that writes "5.7 Mio."', () => {
    expect(rulesFlagging({})).not.toContain('number-missing');
  });

  it('finds numbers written as words in the body', () => {
    expect(rulesFlagging({ title: 'Drei Fragen zu COPPA und Kinderdaten', body: `${clean.body} Es bleiben 3 Fragen.` })).not.toContain('number-missing');
    expect(rulesFlagging({ title: '3 Fragen zu COPPA und Kinderdaten', body: `${clean.body} Es bleiben drei Fragen.` })).not.toContain('number-missing');
  });

  it('flags a named organisation missing from the body', () => {
    expect(rulesFlagging({ title: 'Was TikTok mit Kinderdaten macht' })).toContain('name-missing');
    expect(namesIn('Was „The Social Dilemma“ über TikTok, die FTC und Musical.ly sagt')).toEqual(['The Social Dilemma', 'TikTok', 'FTC', 'Musical.ly']);
    expect(rulesFlagging({ title: 'Was die EU zu COPPA sagt' })).toContain('name-missing');
  });

  it('flags titles longer than 70 characters', () => {
    const title = 'Kinderdaten und Einwilligung: Was COPPA und DSGVO von Plattformen wirklich alles verlangen';
    expect(title.length).toBeGreaterThan(70);
    expect(rulesFlagging({ title })).toContain('title-length');
  });

  it('flags a lead that does not state the topic', () => {
    expect(rulesFlagging({ lead: 'Es ist wieder passiert. Und keiner schaut hin.' })).toContain('lead-topic');
  });

  it('lets a newsroom turn rules off or make them errors', () => {
    const input = { ...clean, title: 'Die gefährlichste App für Kinderdaten' };
    expect(lintHeadline(input, { superlative: 'off' })).toEqual([]);
    expect(lintHeadline(input, { superlative: 'error' })[0]!.severity).toBe('error');
  });

  it('has a German explanation and a flagged example for every rule', () => {
    for (const rule of HEADLINE_RULES) {
      const text = strings.headlineRules[rule.id];
      expect(text.explanation.length, rule.id).toBeGreaterThan(30);
      expect(text.example.length, rule.id).toBeGreaterThan(5);
    }
  });
});
