import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { slashRedirectTarget } from './slashRedirect.ts';

const ONE_YEAR = 31_536_000;

/**
 * Serves the built site from `root`: hashed assets are cached for a year,
 * everything else is revalidated; a miss answers with the site's 404 page.
 * Paths without a trailing slash that name a page redirect to the slashed
 * form Astro builds, so every page has one canonical address (never to a
 * protocol-relative one, see slashRedirect.ts).
 */
export function staticSite(root: string): Hono {
  const site = new Hono();
  site.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const immutable = c.req.path.startsWith('/_astro/');
    c.header('Cache-Control', immutable ? `public, max-age=${ONE_YEAR}, immutable` : 'public, max-age=0, must-revalidate');
  });
  site.use('*', async (c, next) => {
    const target = slashRedirectTarget(c.req.path, new URL(c.req.url).search);
    if (target) {
      const page = await readFile(join(root, c.req.path, 'index.html')).catch(() => undefined);
      if (page) return c.redirect(target, 301);
    }
    return next();
  });
  site.use('*', serveStatic({ root }));
  // Last in line, so the app's notFound stays free for the API's JSON answers.
  site.get('*', async (c) => {
    const page = await readFile(join(root, '404.html'), 'utf8').catch(() => 'Seite nicht gefunden');
    return c.html(page, 404);
  });
  return site;
}
