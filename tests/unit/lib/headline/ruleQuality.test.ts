import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { corpusQualityReport, replaceReport } from '../../../../src/lib/headline/corpusReport.ts';
import { ruleQuality } from '../../../../src/lib/headline/ruleQuality.ts';
import { labelled } from '../../../../src/lib/headline/corpusReport.ts';
import { CONSTRUCTED_CASES, HELD_OUT_HEADLINES, HEADLINE_CORPUS_PARTS, REAL_HEADLINES } from '../../../fixtures/headlineCorpus.ts';

describe('lib/headline/ruleQuality', () => {
  it('has at least 60 real published headlines, each with its page, with true problems and false alarms', () => {
    expect(REAL_HEADLINES.length).toBeGreaterThanOrEqual(60);
    const real = [...REAL_HEADLINES, ...HELD_OUT_HEADLINES];
    for (const entry of real) expect(entry.source, entry.title).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
    expect(new Set(real.map((entry) => entry.source)).size).toBe(real.length);
    expect(new Set(real.map((entry) => entry.title)).size).toBe(real.length);
    expect(REAL_HEADLINES.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(REAL_HEADLINES.filter((entry) => entry.expected.length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('keeps the constructed edge cases apart from the real headlines', () => {
    expect(CONSTRUCTED_CASES.every((entry) => entry.source === undefined)).toBe(true);
    expect(HEADLINE_CORPUS_PARTS.map((part) => part.corpus)).toEqual([REAL_HEADLINES, HELD_OUT_HEADLINES, CONSTRUCTED_CASES]);
  });

  for (const { heading, corpus } of HEADLINE_CORPUS_PARTS) {
    it(`raises no false error and finds every true error: ${heading}`, () => {
      for (const result of ruleQuality(corpus.map(labelled)).filter((r) => r.severity === 'error')) {
        expect(result.falsePositives, `${result.rule}: ${result.misses.join(' | ')}`).toBe(0);
        expect(result.falseNegatives, `${result.rule}: ${result.misses.join(' | ')}`).toBe(0);
      }
    });
  }

  it('counts precision and recall per rule', () => {
    const made = ruleQuality([
      { input: { title: 'Was TikTok speichert', lead: 'x', body: 'Instagram speichert.', tags: [], category: '' }, expected: ['name-missing'] },
      { input: { title: 'Was TikToks Feed zeigt', lead: 'x', body: 'TikTok zeigt Videos.', tags: [], category: '' }, expected: ['name-missing'] },
    ]).find((r) => r.rule === 'name-missing')!;
    expect(made).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0.5 });
  });

  it('is reported in docs/headline-linter.md as the script writes it', async () => {
    const page = await readFile('docs/headline-linter.md', 'utf8');
    expect(replaceReport(page, corpusQualityReport(HEADLINE_CORPUS_PARTS)), 'node scripts/headlineQuality.ts --write').toBe(page);
  });
});
