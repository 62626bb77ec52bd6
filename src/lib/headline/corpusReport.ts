import { markdownText } from '../markdownText.ts';
import { ownCounts } from './ownCounts.ts';
import { formatRuleQuality, ruleQuality, type LabelledHeadline } from './ruleQuality.ts';

/** A corpus headline as written: the body in Markdown, the lead defaulting to the title. */
export interface CorpusHeadline {
  title: string;
  lead?: string;
  body: string;
  expected: string[];
}

/** The linter's view of a corpus headline: plain body text and the body's own counts. */
export function labelled(entry: CorpusHeadline): LabelledHeadline {
  return {
    input: { title: entry.title, lead: entry.lead ?? entry.title, body: markdownText(entry.body), tags: [], category: 'Plattformen', counts: ownCounts(entry.body) },
    expected: entry.expected,
  };
}

/** A named part of the corpus, reported on its own. */
export interface CorpusPart {
  heading: string;
  corpus: readonly CorpusHeadline[];
}

/** The Markdown report of precision and recall per rule, one section per part of the corpus. */
export function corpusQualityReport(parts: readonly CorpusPart[]): string {
  return parts
    .map(({ heading, corpus }) => [`### ${heading}`, '', formatRuleQuality(ruleQuality(corpus.map(labelled)), corpus.length)].join('\n'))
    .join('\n\n');
}

export const REPORT_START = '<!-- headline-quality:start -->';
export const REPORT_END = '<!-- headline-quality:end -->';

/** The page with the generated report between its markers replaced. */
export function replaceReport(page: string, report: string): string {
  const start = page.indexOf(REPORT_START);
  const end = page.indexOf(REPORT_END);
  if (start < 0 || end < start) throw new Error(`Die Markierungen ${REPORT_START} und ${REPORT_END} fehlen.`);
  return `${page.slice(0, start + REPORT_START.length)}\n${report}\n${page.slice(end)}`;
}
