/** Calendar dates as the frontmatter writes them (YYYY-MM-DD, UTC). */

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-03-12" for a moment, in UTC. */
export function isoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
