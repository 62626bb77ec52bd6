import { HEADLINE_RULES, lintHeadline, type HeadlineInput, type HeadlineRuleId } from './rules.ts';

/** One headline of a test corpus with the rules that should fire on it. */
export interface LabelledHeadline {
  input: HeadlineInput;
  expected: readonly string[];
}

export interface RuleQuality {
  rule: HeadlineRuleId;
  severity: 'error' | 'warning';
  /** Fired where expected. */
  truePositives: number;
  /** Fired where not expected: a false alarm. */
  falsePositives: number;
  /** Expected but silent: a problem the rule missed. */
  falseNegatives: number;
  /** Share of findings that were right; undefined when the rule never fired. */
  precision?: number;
  /** Share of expected problems found; undefined when none was expected. */
  recall?: number;
  /** Titles of the headlines it got wrong. */
  misses: string[];
}

/** Precision and recall of each headline rule on a labelled corpus (a headline counts once per rule). */
export function ruleQuality(corpus: readonly LabelledHeadline[]): RuleQuality[] {
  const fired = corpus.map(({ input }) => new Set(lintHeadline(input).map((finding) => finding.rule)));
  return HEADLINE_RULES.map((rule) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    corpus.forEach(({ input, expected }, i) => {
      const got = fired[i]!.has(rule.id);
      const want = expected.includes(rule.id);
      if (got && want) truePositives += 1;
      if (got && !want) falsePositives += 1;
      if (!got && want) falseNegatives += 1;
      if (got !== want) misses.push(input.title);
    });
    const ratio = (hits: number, all: number) => (all === 0 ? undefined : hits / all);
    return {
      rule: rule.id,
      severity: rule.defaultSeverity,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: ratio(truePositives, truePositives + falsePositives),
      recall: ratio(truePositives, truePositives + falseNegatives),
      misses,
    };
  });
}

const percent = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value * 100)} %`);

// The report goes into an English docs page, not to readers or editors: no strings module entry.

/** The quality report as a Markdown table, for docs/. */
export function formatRuleQuality(results: readonly RuleQuality[], corpusSize: number): string {
  const rows = results.map(
    (r) => `| \`${r.rule}\` | ${r.severity} | ${r.truePositives} | ${r.falsePositives} | ${r.falseNegatives} | ${percent(r.precision)} | ${percent(r.recall)} |`,
  );
  const misses = results.flatMap((r) => r.misses.map((title) => `- \`${r.rule}\`: „${title}“`));
  return [
    `Corpus: ${corpusSize} labelled headlines.`,
    '',
    '| Rule | Severity | found | false alarms | missed | Precision | Recall |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    misses.length === 0 ? 'Every headline got exactly the expected findings.' : ['Differences from the expected findings:', '', ...misses].join('\n'),
  ].join('\n');
}
