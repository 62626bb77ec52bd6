import type { PostReport } from './checkPost.ts';

export const DASHBOARD_SORTS = ['date', 'status', 'checklist', 'title'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

const STATUS_ORDER = { draft: 0, scheduled: 1, published: 2 } as const;

/** The dashboard's order: by date (newest first), status, checklist progress (least done first) or title. */
export function sortReports(reports: readonly PostReport[], sort: string | null): PostReport[] {
  const by: DashboardSort = (DASHBOARD_SORTS as readonly string[]).includes(sort ?? '') ? (sort as DashboardSort) : 'date';
  const newest = (a: PostReport, b: PostReport) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0);
  const compare: Record<DashboardSort, (a: PostReport, b: PostReport) => number> = {
    date: newest,
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || newest(a, b),
    checklist: (a, b) => a.done - b.done || newest(a, b),
    title: (a, b) => a.title.localeCompare(b.title, 'de'),
  };
  return [...reports].sort(compare[by]);
}
