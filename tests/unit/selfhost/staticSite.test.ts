import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../../../functions/selfhost/createServerApp.ts';

describe('selfhost/createServerApp', () => {
  let root: string;
  let app: ReturnType<typeof createServerApp>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'site-'));
    await mkdir(join(root, 'artikel/a'), { recursive: true });
    await mkdir(join(root, '_astro'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<h1>Start</h1>');
    await writeFile(join(root, 'artikel/a/index.html'), '<h1>A</h1>');
    await writeFile(join(root, '404.html'), '<h1>Seite nicht gefunden</h1>');
    await writeFile(join(root, '_astro/site.abc123.css'), 'body{}');
    app = createServerApp({ siteRoot: root });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('serves pages with security headers and no cookie', async () => {
    const res = await app.request('/artikel/a/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<h1>A</h1>');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('redirects a page address without trailing slash to the canonical one', async () => {
    const res = await app.request('/artikel/a?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/artikel/a/?x=1');
  });

  it('caches hashed assets for a year and revalidates pages', async () => {
    expect((await app.request('/_astro/site.abc123.css')).headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/')).headers.get('cache-control')).toContain('must-revalidate');
  });

  it('answers unknown addresses with the site’s 404 page', async () => {
    const res = await app.request('/gibt-es-nicht/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Seite nicht gefunden');
  });

  it('does not serve files outside the site folder', async () => {
    const res = await app.request('/..%2f..%2fetc/passwd');
    expect(res.status).toBe(404);
  });
});
