/**
 * The parameters of GET /api/search, checked. Pure: takes the query string
 * and the Accept header, returns what to search or which field is wrong.
 */
import { MAX_QUERY_LENGTH } from '../../src/lib/search/queryPlan.ts';
import { searchStrings } from '../../src/strings.ts';

/** Highest page number served: 100 pages of 10 results cover any index this site will have. */
export const MAX_PAGE = 100;

/** A valid request: the query (may be empty) and the page, counted from 1. */
export interface SearchParams {
  ok: true;
  query: string;
  page: number;
}

/** An invalid request: a stable code and the field with its German message. */
export interface SearchParamsError {
  ok: false;
  code: 'query_too_long' | 'page_invalid';
  field: 'q' | 'seite';
  message: string;
}

/** Reads `q` and `seite` (page) from a request's query string. */
export function readSearchParams(params: URLSearchParams): SearchParams | SearchParamsError {
  const query = (params.get('q') ?? '').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    return { ok: false, code: 'query_too_long', field: 'q', message: searchStrings.queryTooLong(MAX_QUERY_LENGTH) };
  }
  const rawPage = params.get('seite');
  const page = rawPage === null || rawPage === '' ? 1 : Number(rawPage);
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
    return { ok: false, code: 'page_invalid', field: 'seite', message: searchStrings.pageInvalid };
  }
  return { ok: true, query, page };
}

/**
 * Whether the client prefers JSON over HTML (RFC 9110 §12.5.1: the media
 * range with the highest q wins; on a tie, the one listed first).
 */
export function prefersJson(accept: string | undefined): boolean {
  let best: { json: boolean; q: number } | undefined;
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = part.trim().toLowerCase().split(';');
    const json = type.trim() === 'application/json';
    if (!json && type.trim() !== 'text/html') continue;
    const qParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { json, q };
  }
  return best?.json ?? false;
}
