// Renders a build's Open Graph cards on a worker thread, so the second core
// draws cards while the main thread renders pages. Input: CardJob[] as
// workerData; output: [{ id, file }] with the cached PNG of each card.
import { parentPort, workerData } from 'node:worker_threads';
import type { CardJob } from './cardInputs.ts';
import { ogImages } from './renderOgImage.ts';

/** Cards in flight at once: satori draws one while sharp rasterizes the others. */
const IN_FLIGHT = 4;

const jobs = workerData as CardJob[];
const files: { id: string; file: string }[] = [];
let next = 0;
async function drain(): Promise<void> {
  while (next < jobs.length) {
    const job = jobs[next++]!;
    files.push({ id: job.id, file: await ogImages.ensure(job.input) });
  }
}
await Promise.all(Array.from({ length: IN_FLIGHT }, drain));
parentPort!.postMessage(files);
