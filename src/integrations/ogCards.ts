import { copyFile, mkdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { buildTime } from '../lib/buildTime.ts';
import { cardJobs, type CardJob } from '../og/cardInputs.ts';
import { readContentSnapshot } from './contentSnapshot.ts';

async function jobsFor(contentDir: string, fresh = false): Promise<CardJob[]> {
  const { posts, authors } = await readContentSnapshot(contentDir, { fresh });
  const names = new Map(authors.map((author) => [author.id, String(author.data.name)]));
  return cardJobs(posts, names, buildTime(process.env.KLARTEXT_BUILD_TIME, new Date()));
}

function renderOnWorker(workerFile: URL, jobs: CardJob[]): Promise<{ id: string; file: string }[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: jobs });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`Open-Graph-Bilder: Worker endete mit Code ${code}`)));
  });
}

/**
 * Open Graph cards (`/og/<id>.png`) for articles without a shareable hero
 * image. A build renders them on a worker thread beside bundling and page
 * generation, and copies them into the output at the end;
 * `astro dev` renders a card when it is requested.
 */
export function ogCards(options: { contentDir: string }): AstroIntegration {
  let rendering: Promise<{ id: string; file: string }[]> | undefined;
  let workerFile: URL;
  return {
    name: 'klartext:og-cards',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        workerFile = new URL('src/og/cardWorker.ts', config.root);
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'klartext:og-cards-dev',
                configureServer(server) {
                  server.middlewares.use(async (req, res, next) => {
                    const id = /^\/og\/([^/]+)\.png$/.exec(req.url ?? '')?.[1];
                    const job = id ? (await jobsFor(options.contentDir, true)).find((card) => card.id === id) : undefined;
                    if (!job) return next();
                    const { ogImages } = await import('../og/renderOgImage.ts');
                    res.setHeader('Content-Type', 'image/png');
                    res.end(await ogImages.get(job.input));
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        // Drawing starts with the build and goes on beside bundling and page
        // generation; measured, that beats starting with page generation.
        rendering = jobsFor(options.contentDir).then((jobs) => renderOnWorker(workerFile, jobs));
        rendering.catch(() => {}); // awaited in astro:build:done; no unhandled rejection meanwhile
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await rendering!;
        const target = new URL('og/', dir);
        await mkdir(target, { recursive: true });
        await Promise.all(files.map(({ id, file }) => copyFile(file, new URL(`${id}.png`, target))));
        logger.info(`${files.length} Open-Graph-Bilder`);
      },
    },
  };
}
