import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildTime } from '../lib/buildTime.ts';
import type { SearchIndexFiles } from '../lib/search/buildSearchIndex.ts';
import { siteSearchIndex, type SiteIndexOptions } from './siteSearchIndex.ts';

/** The module that tells pages where the index lives: `import { searchIndexUrl } from 'virtual:klartext/search-index'`. */
const VIRTUAL_ID = 'virtual:klartext/search-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Where an index is served from: a folder named by its content hash, below Astro's hashed assets. */
export const searchIndexUrl = (hash: string) => `/_astro/search/${hash}/`;

function buildOnWorker(workerFile: URL, options: SiteIndexOptions): Promise<SearchIndexFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: options });
    worker.once('message', ({ hash, files }: { hash: string; files: [string, string][] }) => resolve({ hash, files: new Map(files) }));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`Suchindex: Worker endete mit Code ${code}`)));
  });
}

function devMiddleware(options: SiteIndexOptions): Plugin {
  let latest: Promise<SearchIndexFiles> | undefined;
  return {
    name: 'klartext:search-index-dev',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = /^\/_astro\/search\/dev\/([\w/.-]+\.json)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
        if (!path) return next();
        // Each search starts with the manifest: that is when the index is rebuilt from the files as they are now.
        if (path === 'manifest.json' || !latest) latest = siteSearchIndex({ ...options, now: buildTime(process.env.KLARTEXT_BUILD_TIME, new Date()), fresh: true });
        const file = (await latest).files.get(path);
        if (file === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(file);
      });
    },
  };
}

// The content security policy allows scripts from files only (script-src
// 'self'); Astro would inline a script smaller than assetsInlineLimit.
const neverInlineScripts = (file: string) => (file.endsWith('.js') ? false : undefined);

/**
 * The search index of the published posts. A build starts indexing on a
 * worker thread as soon as Astro is configured, names the index folder by
 * its content hash (`virtual:klartext/search-index` tells the pages), and
 * writes the files into `_astro/search/<hash>/` when the build is done.
 * `astro dev` serves a fresh index, drafts included, from memory.
 */
export function searchIndex(options: { contentDir: string }): AstroIntegration {
  let index: Promise<SearchIndexFiles> | undefined;
  return {
    name: 'klartext:search-index',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const dev = command === 'dev';
        const siteOptions: SiteIndexOptions = { contentDir: options.contentDir, now: buildTime(process.env.KLARTEXT_BUILD_TIME, new Date()), includeUnpublished: dev };
        if (command === 'build') {
          index = buildOnWorker(new URL('src/integrations/searchIndexWorker.ts', config.root), siteOptions);
          index.catch(() => {}); // awaited by the virtual module and in astro:build:done
        }
        const virtualModule: Plugin = {
          name: 'klartext:search-index',
          resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
          load: async (id) => {
            if (id !== RESOLVED_ID) return undefined;
            const url = index ? searchIndexUrl((await index).hash) : searchIndexUrl('dev');
            return `export const searchIndexUrl = ${JSON.stringify(url)};`;
          },
        };
        updateConfig({
          vite: {
            plugins: dev ? [virtualModule, devMiddleware(siteOptions)] : [virtualModule],
            build: { assetsInlineLimit: neverInlineScripts },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index) return;
        const { hash, files } = await index;
        const root = join(fileURLToPath(dir), searchIndexUrl(hash));
        await Promise.all([...new Set([...files.keys()].map((path) => dirname(join(root, path))))].map((folder) => mkdir(folder, { recursive: true })));
        await Promise.all([...files].map(([path, json]) => writeFile(join(root, path), json)));
        logger.info(`Suchindex: ${files.size} Dateien in ${searchIndexUrl(hash)}`);
      },
    },
  };
}
