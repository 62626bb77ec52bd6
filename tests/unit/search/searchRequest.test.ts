import { describe, expect, it } from 'vitest';
import { prefersJson, readSearchParams } from '../../../functions/search/searchRequest.ts';

const params = (query: string) => readSearchParams(new URLSearchParams(query));

describe('search/searchRequest', () => {
  it('reads the query and the page', () => {
    expect(params('q=+Kinder+&seite=3')).toEqual({ ok: true, query: 'Kinder', page: 3 });
    expect(params('')).toEqual({ ok: true, query: '', page: 1 });
  });

  it('names the field of a query that is too long', () => {
    expect(params(`q=${'a'.repeat(201)}`)).toMatchObject({ ok: false, code: 'query_too_long', field: 'q', message: expect.stringContaining('200 Zeichen') });
    expect(params(`q=${'a'.repeat(200)}`)).toMatchObject({ ok: true });
  });

  it('names the field of a page that is no whole number from 1 to 100', () => {
    for (const page of ['0', '-1', '1.5', 'zwei', '101', '1e3']) {
      expect(params(`q=a&seite=${page}`), page).toMatchObject({ ok: false, code: 'page_invalid', field: 'seite' });
    }
  });

  it('prefers JSON only when the client ranks it above HTML', () => {
    expect(prefersJson('application/json')).toBe(true);
    expect(prefersJson('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe(false);
    expect(prefersJson('text/html;q=0.5, application/json')).toBe(true);
    expect(prefersJson('application/json;q=0.5, text/html')).toBe(false);
    expect(prefersJson('application/json;q=0')).toBe(false);
    expect(prefersJson(undefined)).toBe(false);
    expect(prefersJson('*/*')).toBe(false);
  });
});
