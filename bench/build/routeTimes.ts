/**
 * Where a build spends its page-rendering time, read from Astro's build log:
 * each generated file is printed as `├─ /path/index.html (+12ms)` (the time
 * it took). Pure.
 */
import { stripAnsi } from './stripAnsi.ts';

/** Total render time of one group of routes. */
export interface RouteGroup {
  /** First path segment, e.g. "/artikel/", "/og/", or the file for top-level routes ("/rss.xml"). */
  group: string;
  pages: number;
  ms: number;
}

const LINE = /[├└]─\s+(\/\S*)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/** The group a generated path belongs to. */
export function routeGroup(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return segments.length > 1 ? `/${segments[0]}/` : `/${segments[0] ?? ''}`;
}

/** Sums the per-file times of an `astro build` log by route group, slowest first. */
export function routeTimes(log: string): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  for (const line of stripAnsi(log).split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const group = routeGroup(match[1]!);
    const entry = groups.get(group) ?? { group, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += ms;
    groups.set(group, entry);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

/** The page count Astro reports at the end of a build ("87 page(s) built in 3.06s"). */
export function totalPages(log: string): number | undefined {
  const match = /(\d+) page\(s\) built in/.exec(stripAnsi(log));
  return match ? Number(match[1]) : undefined;
}
