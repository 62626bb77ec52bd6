import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { corpusQualityReport, replaceReport } from '../../../../src/lib/headline/corpusReport.ts';
import { ruleQuality } from '../../../../src/lib/headline/ruleQuality.ts';
import { labelled } from '../../../../src/lib/headline/corpusReport.ts';
import { HEADLINE_CORPUS } from '../../../fixtures/headlineCorpus.ts';

describe('lib/headline/ruleQuality', () => {
  const results = ruleQuality(HEADLINE_CORPUS.map(labelled));

  it('has a corpus of at least 60 headlines with true problems and false alarms', () => {
    expect(HEADLINE_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(HEADLINE_CORPUS.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(HEADLINE_CORPUS.filter((entry) => entry.expected.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it('raises no false error on the corpus and finds every true error', () => {
    for (const result of results.filter((r) => r.severity === 'error')) {
      expect(result.falsePositives, `${result.rule}: ${result.misses.join(' | ')}`).toBe(0);
      expect(result.falseNegatives, `${result.rule}: ${result.misses.join(' | ')}`).toBe(0);
    }
  });

  it('counts precision and recall per rule', () => {
    const made = ruleQuality([
      { input: { title: 'Was TikTok speichert', lead: 'x', body: 'Instagram speichert.', tags: [], category: '' }, expected: ['name-missing'] },
      { input: { title: 'Was TikToks Feed zeigt', lead: 'x', body: 'TikTok zeigt Videos.', tags: [], category: '' }, expected: ['name-missing'] },
    ]).find((r) => r.rule === 'name-missing')!;
    expect(made).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0.5 });
  });

  it('is reported in docs/headline-linter.md as the script writes it', async () => {
    const page = await readFile('docs/headline-linter.md', 'utf8');
    expect(replaceReport(page, corpusQualityReport(HEADLINE_CORPUS)), 'node scripts/headlineQuality.ts --write').toBe(page);
  });
});
