import { strings } from '../../src/strings.ts';
import type { CommentSort } from './pageThreads.ts';

/** The highest page number the list answers: bounds how many page variants the list cache can hold per post. */
export const MAX_PAGE = 10_000;

/** The list's paging parameters, or the fields that are wrong (for a 400 naming them). */
export type ListQuery = { ok: true; page: number; sort: CommentSort } | { ok: false; fields: Record<string, string> };

/** Reads `page` (1-based, default 1) and `sort` (`oldest` default, or `newest`) from a query. */
export function parseListQuery(page: string | undefined, sort: string | undefined): ListQuery {
  const fields: Record<string, string> = {};
  const number = page === undefined ? 1 : /^[1-9][0-9]{0,4}$/.test(page) ? Number(page) : NaN;
  if (!(number >= 1 && number <= MAX_PAGE)) fields.page = strings.commentFields.invalidPage;
  if (sort !== undefined && sort !== 'oldest' && sort !== 'newest') fields.sort = strings.commentFields.invalidSort;
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, page: number, sort: (sort ?? 'oldest') as CommentSort };
}
