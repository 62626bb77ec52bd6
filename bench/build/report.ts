/**
 * The printed result of the build benchmark: timings, ratios against the
 * bare Astro floor, page weight, each target with ✓/✗. Pure.
 */
import type { PageWeight } from './pageWeight.ts';
import type { RouteGroup } from './routeTimes.ts';

/** Targets from the brief: Klartext/baseline ratios and the article page's compressed weight. */
export const TARGETS = {
  coldRatio: 2.0,
  warmRatio: 1.5,
  /** gzip bytes of HTML + CSS + JS (1 kB = 1000 bytes). */
  compressedBytes: 30_000,
} as const;

/** Cold and warm wall times of one site. */
export interface SiteTimes {
  cold: number;
  warm: number;
  pages?: number;
}

/** Everything the build benchmark measured. */
export interface BuildBenchResult {
  count: number;
  klartext: SiteTimes;
  baseline: SiteTimes;
  articlePath: string;
  weight: PageWeight;
  /** Render time per route group of Klartext's cold build. */
  routes: RouteGroup[];
}

/** A target's verdict. */
export interface TargetCheck {
  label: string;
  met: boolean;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

/** The three targets, measured. */
export function checkTargets(result: BuildBenchResult): TargetCheck[] {
  const cold = result.klartext.cold / result.baseline.cold;
  const warm = result.klartext.warm / result.baseline.warm;
  return [
    { label: `cold build ratio ${cold.toFixed(2)} ≤ ${TARGETS.coldRatio.toFixed(1)}`, met: cold <= TARGETS.coldRatio },
    { label: `warm build ratio ${warm.toFixed(2)} ≤ ${TARGETS.warmRatio.toFixed(1)}`, met: warm <= TARGETS.warmRatio },
    {
      label: `article page ${kB(result.weight.gzip)} gzip ≤ ${kB(TARGETS.compressedBytes)} (HTML + CSS + JS, no images)`,
      met: result.weight.gzip <= TARGETS.compressedBytes,
    },
  ];
}

function timingTable(result: BuildBenchResult): string[] {
  const row = (label: string, cold: string, warm: string, pages: string) =>
    `  ${pad(label, 22)}${padLeft(cold, 10)}${padLeft(warm, 10)}${padLeft(pages, 8)}`;
  const site = (label: string, times: SiteTimes) =>
    row(label, times.cold.toFixed(1), times.warm.toFixed(1), times.pages === undefined ? '?' : String(times.pages));
  return [
    row('', 'cold (s)', 'warm (s)', 'pages'),
    site('Klartext', result.klartext),
    site('Baseline (Astro+MDX)', result.baseline),
    row(
      'Klartext / Baseline',
      (result.klartext.cold / result.baseline.cold).toFixed(2),
      (result.klartext.warm / result.baseline.warm).toFixed(2),
      '',
    ),
  ];
}

function weightTable(result: BuildBenchResult): string[] {
  const { weight } = result;
  const width = Math.max(24, ...weight.files.map((file) => file.path.length + 2));
  const row = (path: string, raw: string, gzip: string, brotli: string) =>
    `  ${pad(path, width)}${padLeft(raw, 11)}${padLeft(gzip, 11)}${padLeft(brotli, 11)}`;
  const fonts = weight.fonts.length
    ? `  fonts referenced by the CSS (not counted): ${weight.fonts.length} files, ${kB(weight.fonts.reduce((t, f) => t + f.raw, 0))}`
    : '  fonts referenced by the CSS: none';
  return [
    `Article page ${result.articlePath} (each file compressed on its own, as served)`,
    row('file', 'raw', 'gzip -9', 'brotli 11'),
    ...weight.files.map((file) => row(file.path, kB(file.raw), kB(file.gzip), kB(file.brotli))),
    row('total', kB(weight.raw), kB(weight.gzip), kB(weight.brotli)),
    fonts,
  ];
}

function routeTable(routes: readonly RouteGroup[]): string[] {
  if (routes.length === 0) return [];
  const total = routes.reduce((sum, route) => sum + route.ms, 0);
  return [
    `Klartext cold build: page generation time by route (Astro's per-file times, total ${(total / 1000).toFixed(1)} s)`,
    ...routes.slice(0, 12).map(
      (route) =>
        `  ${pad(route.group, 16)}${padLeft(String(route.pages), 6)} files${padLeft((route.ms / 1000).toFixed(1), 8)} s${padLeft((route.ms / route.pages).toFixed(1), 8)} ms/file`,
    ),
  ];
}

/** The whole report as lines of text. */
export function formatBuildReport(result: BuildBenchResult): string {
  return [
    '',
    `Build benchmark: ${result.count} synthetic posts`,
    ...timingTable(result),
    '',
    'Targets',
    ...checkTargets(result).map((check) => `  ${check.met ? '✓' : '✗'} ${check.label}`),
    '',
    ...weightTable(result),
    '',
    ...routeTable(result.routes),
    '',
  ].join('\n');
}
