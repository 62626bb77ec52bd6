/**
 * The part of a Lighthouse report the benchmark prints: four category scores
 * against their targets, and the audits that cost points. Pure.
 */

/** The fields of a Lighthouse result (LH.Result) that are read here. */
export interface LighthouseResultLike {
  categories: Record<string, { title: string; score: number | null; auditRefs: readonly { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
  runWarnings?: readonly string[];
}

/** Categories in print order, with the lowest acceptable score (0–100). */
export const CATEGORY_TARGETS: readonly { id: string; target: number }[] = [
  { id: 'performance', target: 95 },
  { id: 'accessibility', target: 100 },
  { id: 'best-practices', target: 100 },
  { id: 'seo', target: 100 },
];

/** An audit that did not pass fully. */
export interface FailingAudit {
  id: string;
  title: string;
  /** 0–100. */
  score: number;
  /** Its weight in the category score (0: shown by Lighthouse but not scored). */
  weight: number;
  displayValue?: string;
}

/** One category of one page. */
export interface CategoryScore {
  id: string;
  title: string;
  /** 0–100, or null when Lighthouse could not score it. */
  score: number | null;
  target: number;
  met: boolean;
  /** Only filled for categories below 100. */
  failing: FailingAudit[];
}

const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/** Scores and failing audits of one Lighthouse result. */
export function categoryScores(result: LighthouseResultLike): CategoryScore[] {
  return CATEGORY_TARGETS.map(({ id, target }) => {
    const category = result.categories[id];
    if (!category) return { id, title: id, score: null, target, met: false, failing: [] };
    const score = category.score === null ? null : Math.round(category.score * 100);
    const failing =
      score === 100
        ? []
        : category.auditRefs.flatMap((ref): FailingAudit[] => {
            const audit = result.audits[ref.id];
            if (!audit || audit.score === null || audit.score >= 1 || !SCORED_MODES.has(audit.scoreDisplayMode)) return [];
            return [{ id: ref.id, title: audit.title, score: Math.round(audit.score * 100), weight: ref.weight, displayValue: audit.displayValue }];
          });
    // Weighted audits first: they are the ones that cost points.
    failing.sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0) || a.score - b.score);
    return { id, title: category.title, score, target, met: score !== null && score >= target, failing };
  });
}

/** The report for one page as lines of text. */
export function formatPageScores(label: string, url: string, scores: readonly CategoryScore[], warnings: readonly string[] = []): string {
  const lines = [`${label}: ${url}`];
  for (const category of scores) {
    const shown = category.score === null ? '–' : String(category.score);
    const goal = category.target === 100 ? '= 100' : `≥ ${category.target}`;
    lines.push(`  ${category.met ? '✓' : '✗'} ${category.title.padEnd(16)}${shown.padStart(4)}   (target ${goal})`);
    for (const audit of category.failing) {
      const value = audit.displayValue ? ` – ${audit.displayValue}` : '';
      const weight = audit.weight > 0 ? '' : ' [not weighted]';
      lines.push(`      · ${audit.title} (score ${audit.score}${value})${weight}`);
    }
  }
  for (const warning of warnings) lines.push(`  ! ${warning}`);
  return lines.join('\n');
}

/** The first article link on a page (e.g. the home page's newest post), as a site path. */
export function firstArticlePath(html: string): string | undefined {
  return /href="(\/artikel\/[^"#?]+\/)"/.exec(html)?.[1];
}
