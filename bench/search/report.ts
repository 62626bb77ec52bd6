/**
 * The printed result of the search benchmark, each target with ✓/✗. Pure.
 */

/** Targets from issue 6. */
export const SEARCH_TARGETS = {
  /** Bytes before the first result, at most this multiple of Pagefind's. */
  bytesRatio: 2,
  /** Query time in the worker, 95th percentile. */
  p95Ms: 30,
  /** Longest main-thread task while searching. */
  longTaskMs: 50,
} as const;

/** Compressed bytes of a set of files, as a web server sends them (incompressible files as they are). */
export interface Bytes {
  gzip: number;
  brotli: number;
}

/** Everything measured for one engine. */
export interface EngineFigures {
  name: string;
  buildSeconds: number;
  /** Files and bytes of the whole index on disk. */
  indexFiles: number;
  indexBytes: number;
  /** Scripts the page loads before the field is focused (Klartext's loader; the Pagefind page's glue script). */
  pageScript: Bytes;
  /** Downloads after focusing, up to the first result (median session). */
  search: Bytes;
  /** Requests after focusing, up to the first result (median session). */
  searchRequests: number;
  firstResultMs: number[];
  afterTypingMs: number[];
  /** Search times while typing: total, and for Klartext the part not spent waiting for files. */
  queryMs: number[];
  computeMs?: number[];
  /** Longest task on the page's main thread from focusing on: wall time, and the thread's CPU time. */
  longestTask: { wallMs: number; cpuMs: number };
}

/** The q-quantile (0…1) of some numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Share of `b`'s top ten that is also in `a`'s top ten (both lists cut to ten). */
export function topTenOverlap(a: readonly string[], b: readonly string[]): number {
  const first = new Set(a.slice(0, 10));
  const second = b.slice(0, 10);
  const size = Math.min(10, Math.max(first.size, second.length));
  return size === 0 ? 1 : second.filter((item) => first.has(item)).length / size;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const longTask = (task: { wallMs: number; cpuMs: number }) => `${ms(task.wallMs)} / ${ms(task.cpuMs)}`;
const row = (label: string, ours: string, theirs: string) => `  ${label.padEnd(48)}${ours.padStart(18)}${theirs.padStart(18)}`;

/** The report: a table of both engines, the overlap, the targets. */
export function formatSearchReport(input: { documents: number; queries: number; sessions: number; ours: EngineFigures; pagefind: EngineFigures; overlap: number[] }): string {
  const { ours, pagefind } = input;
  const total = (engine: EngineFigures, key: keyof Bytes) => engine.pageScript[key] + engine.search[key];
  const ratio = total(ours, 'brotli') / total(pagefind, 'brotli');
  const p95 = quantile(ours.computeMs ?? ours.queryMs, 0.95);
  const lines = [
    '',
    `Search: ${input.documents} synthetic articles; first result measured in ${input.sessions} fresh sessions per engine; ${input.queries} queries typed for the query times.`,
    '',
    row('', ours.name, pagefind.name),
    row('index build (median of 3)', `${ours.buildSeconds.toFixed(2)} s`, `${pagefind.buildSeconds.toFixed(2)} s`),
    row('index on disk: MB, files', `${mB(ours.indexBytes)}, ${ours.indexFiles}`, `${mB(pagefind.indexBytes)}, ${pagefind.indexFiles}`),
    row('page script before focus (brotli)', kB(ours.pageScript.brotli), kB(pagefind.pageScript.brotli)),
    row('downloads after focus to first result (brotli)', kB(ours.search.brotli), kB(pagefind.search.brotli)),
    row('  … gzip', kB(ours.search.gzip), kB(pagefind.search.gzip)),
    row('  … requests', String(ours.searchRequests), String(pagefind.searchRequests)),
    row('bytes before first result, total (brotli)', kB(total(ours, 'brotli')), kB(total(pagefind, 'brotli'))),
    row('first keystroke → first result, median', ms(quantile(ours.firstResultMs, 0.5)), ms(quantile(pagefind.firstResultMs, 0.5))),
    row('  … counted from the last keystroke (40 ms/key)', ms(quantile(ours.afterTypingMs, 0.5)), ms(quantile(pagefind.afterTypingMs, 0.5))),
    row('search while typing, p50 / p95 (incl. loading)', `${ms(quantile(ours.queryMs, 0.5))} / ${ms(quantile(ours.queryMs, 0.95))}`, `${ms(quantile(pagefind.queryMs, 0.5))} / ${ms(quantile(pagefind.queryMs, 0.95))}`),
    ...(ours.computeMs ? [row('  … computing only (worker), p50 / p95', `${ms(quantile(ours.computeMs, 0.5))} / ${ms(p95)}`, '–')] : []),
    row('longest main-thread task, wall / CPU', longTask(ours.longestTask), longTask(pagefind.longestTask)),
    row('top-10 overlap with Pagefind (mean)', `${Math.round((input.overlap.reduce((a, b) => a + b, 0) / input.overlap.length) * 100)} %`, ''),
    '',
    'Targets:',
    `  ${ratio <= SEARCH_TARGETS.bytesRatio ? '✓' : '✗'} bytes before the first result ${ratio.toFixed(2)}× Pagefind's ≤ ${SEARCH_TARGETS.bytesRatio}×`,
    `  ${p95 <= SEARCH_TARGETS.p95Ms ? '✓' : '✗'} query time p95 in the worker ${ms(p95)} ≤ ${SEARCH_TARGETS.p95Ms} ms`,
    `  ${ours.longestTask.wallMs <= SEARCH_TARGETS.longTaskMs ? '✓' : '✗'} longest main-thread task while searching ${ms(ours.longestTask.wallMs)} ≤ ${SEARCH_TARGETS.longTaskMs} ms (CPU ${ms(ours.longestTask.cpuMs)}; wall time includes waiting for a core on a busy machine)`,
  ];
  return lines.join('\n');
}
