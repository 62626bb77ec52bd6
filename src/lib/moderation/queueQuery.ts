/** A comment's status as the moderation API names it. */
export type QueueStatus = 'pending' | 'approved' | 'rejected' | 'spam';

/** The tabs of the moderation page: the statuses, and the comments readers reported (whatever their status). */
export const QUEUE_TABS = ['pending', 'reported', 'approved', 'rejected', 'spam'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

/** What the moderation page shows: one tab, optionally one article and search words, one page. */
export interface QueueView {
  status: QueueTab;
  post: string;
  q: string;
  page: number;
}

/** The view named by the page's address (`?status=spam&post=…&q=…&seite=2`); anything unknown falls back to the pending queue. */
export function viewFromSearch(search: string): QueueView {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  const page = Number(params.get('seite'));
  return {
    status: (QUEUE_TABS as readonly string[]).includes(status) ? (status as QueueTab) : 'pending',
    post: (params.get('post') ?? '').slice(0, 200),
    q: (params.get('q') ?? '').slice(0, 200),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The page's own address for a view (shareable, works with back/forward); defaults are left out. */
export function searchForView(view: QueueView): string {
  const params = new URLSearchParams();
  if (view.status !== 'pending') params.set('status', view.status);
  if (view.post) params.set('post', view.post);
  if (view.q) params.set('q', view.q);
  if (view.page > 1) params.set('seite', String(view.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API request for a view: GET /api/moderation/comments. */
export function apiPathForView(view: QueueView): string {
  const params = new URLSearchParams(view.status === 'reported' ? { reported: '1' } : { status: view.status });
  params.set('page', String(view.page));
  if (view.post) params.set('post', view.post);
  if (view.q) params.set('q', view.q);
  return `/api/moderation/comments?${params}`;
}

/** Number of pages for a total (at least one, so "page 1 of 1" reads right for an empty list). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
