import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSiteServer } from '../support/siteServer.ts';

const JSON_ACCEPT = { accept: 'application/json' };

describe('e2e: GET /api/search on the self-hosted server', () => {
  let site: Awaited<ReturnType<typeof startSiteServer>>;
  const get = (query: string, headers: Record<string, string> = {}) => fetch(`${site.url}/api/search?${query}`, { headers });

  beforeAll(async () => {
    site = await startSiteServer(inject('siteDir'));
  });
  afterAll(async () => {
    await site?.close();
  });

  it('answers a browser with the search page, filled with highlighted results', async () => {
    const res = await get('q=Algorithmen', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<title>Suche nach „Algorithmen“ · Klartext</title>');
    expect(html).toMatch(/<input[^>]*value="Algorithmen"[^>]*data-server-query/);
    expect(html).toMatch(/data-server-status>\d+ Treffer für „Algorithmen“<\/p>/);
    expect(html).toContain('href="/artikel/empfehlungsalgorithmen-junge-nutzer/"');
    expect(html).toContain('<mark>Algorithmus</mark>');
  });

  it('answers JSON when asked, ranked, with snippets in segments', async () => {
    const res = await get('q=Kindern', JSON_ACCEPT);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toMatchObject({ query: 'Kindern', offset: 0, suggestions: [] });
    expect(body.results[0]).toMatchObject({ slug: 'kinderdaten-einwilligung-coppa-dsgvo', url: '/artikel/kinderdaten-einwilligung-coppa-dsgvo/', category: 'Datenschutz' });
    expect(body.results[0].snippet.some((segment: { hit?: boolean }) => segment.hit)).toBe(true);
    expect(body.total).toBe(body.results.length);
  });

  it('offers tags when nothing is found', async () => {
    const body = await (await get('q=Quantencomputer', JSON_ACCEPT)).json();
    expect(body.total).toBe(0);
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions[0]).toMatchObject({ name: expect.any(String), url: expect.stringMatching(/^\/thema\//) });
    expect(await (await get('q=Quantencomputer')).text()).toContain('Vielleicht hilft eines dieser Themen:');
  });

  it('rejects bad parameters with a 400 that names the field', async () => {
    const long = await get(`q=${'a'.repeat(201)}`, JSON_ACCEPT);
    expect(long.status).toBe(400);
    expect(await long.json()).toEqual({ error: expect.stringContaining('200 Zeichen'), code: 'query_too_long', fields: { q: expect.any(String) } });
    const page = await get('q=Kinder&seite=0', JSON_ACCEPT);
    expect(page.status).toBe(400);
    expect(await page.json()).toMatchObject({ code: 'page_invalid', fields: { seite: expect.any(String) } });
    const missing = await get('q=', JSON_ACCEPT);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'query_missing', fields: { q: 'Bitte einen Suchbegriff eingeben.' } });
    const html = await get(`q=${'a'.repeat(201)}`);
    expect(html.status).toBe(400);
    expect(await html.text()).toContain('Der Suchbegriff ist zu lang');
  });

  it('shows an empty search page for an empty query', async () => {
    const res = await get('q=');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('data-server-status>Bitte einen Suchbegriff eingeben.</p>');
  });

  it('escapes the query and takes lunr syntax as text', async () => {
    const html = await (await get(`q=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const query of ['title:Kinder', 'Kinder~2', 'Kinder^10', '+Kinder -Daten', '*', '*schutz', ':~^*+-']) {
      expect((await get(`q=${encodeURIComponent(query)}`, JSON_ACCEPT)).status, query).toBe(200);
    }
  });

  it('pages through results', async () => {
    const first = await (await get('q=Daten', JSON_ACCEPT)).json();
    const second = await (await get('q=Daten&seite=2', JSON_ACCEPT)).json();
    expect(second).toMatchObject({ offset: 10, total: first.total });
    expect(second.results).toEqual(first.results.slice(10));
  });

  it('answers HEAD, refuses other methods', async () => {
    const head = await fetch(`${site.url}/api/search?q=Kinder`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const post = await fetch(`${site.url}/api/search?q=Kinder`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await post.json()).toMatchObject({ code: 'method_not_allowed' });
  });

  it('serves the index files to browsers for good (their names change with the content)', async () => {
    const page = await (await fetch(`${site.url}/suche/`)).text();
    const folder = /data-search-index="([^"]+)"/.exec(page)![1]!;
    const manifest = await fetch(`${site.url}${folder}manifest.json`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('cache-control')).toContain('immutable');
  });
});

describe('e2e: npm run search', () => {
  const run = (...args: string[]) => promisify(execFile)(process.execPath, ['scripts/search.ts', '--site', inject('siteDir'), ...args]);

  it('prints slug, score and title of each result', async () => {
    const { stdout } = await run('Algorithmen');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\d+ Treffer für „Algorithmen“$/);
    expect(lines[1]).toMatch(/^ +1\. empfehlungsalgorithmen-junge-nutzer {2}\d+\.\d{3} {2}Was Empfehlungsalgorithmen für junge Nutzer bedeuten$/);
  });

  it('prints JSON with --json', async () => {
    const { stdout } = await run('Clickbait', '--json');
    const body = JSON.parse(stdout);
    expect(body.results[0]).toMatchObject({ slug: 'clickbait-ehrliche-ueberschriften', score: expect.any(Number) });
  });

  it('explains its usage without a query', async () => {
    await expect(run()).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('npm run search --') });
  });
});
