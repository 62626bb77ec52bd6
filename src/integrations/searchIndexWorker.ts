// Builds the search index on a worker thread, so lunr indexes the posts
// while the main thread bundles the site. Input: SiteIndexOptions as
// workerData; output: { hash, files: [path, json][] }.
import { parentPort, workerData } from 'node:worker_threads';
import { siteSearchIndex, type SiteIndexOptions } from './siteSearchIndex.ts';

const { hash, files } = await siteSearchIndex(workerData as SiteIndexOptions);
parentPort!.postMessage({ hash, files: [...files] });
