import type { PostReport } from './checkPost.ts';
import { strings } from '../../strings.ts';

const t = strings.factCheckReport;

/** The report of `npm run factcheck` as text: ✓/✗ per checklist item, problems with what to do. */
export function formatReport(reports: readonly PostReport[]): string {
  const blocks = reports.map((report) => {
    const mark = report.blocksBuild ? '✗' : report.done === 9 ? '✓' : '…';
    const head = `${mark} ${report.title} (${report.id}) – ${t.status[report.status]}, ${t.progress(report.done)}`;
    const lines = report.items.flatMap(({ item, problems }) => {
      const errors = problems.filter((p) => p.severity === 'error');
      const warnings = problems.filter((p) => p.severity === 'warning');
      return [
        `  ${errors.length === 0 ? '✓' : '✗'} ${strings.checklist[item].title}`,
        ...errors.map((p) => `      ✗ ${p.message}\n        → ${p.fix}`),
        ...warnings.map((p) => `      ! ${p.message}\n        → ${p.fix}`),
      ];
    });
    return [head, ...lines].join('\n');
  });
  const blocked = reports.filter((report) => report.blocksBuild).length;
  return [...blocks, '', blocked === 0 ? t.allClear(reports.length) : t.blocked(blocked)].join('\n\n').replace(/\n{3,}/g, '\n\n');
}
