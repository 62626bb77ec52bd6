/** The comment statuses and reject reasons, in the order the guidelines page lists them. */
export const STAT_STATUSES = ['approved', 'pending', 'rejected', 'spam'] as const;

export type StatStatus = (typeof STAT_STATUSES)[number];

/** `GET /api/moderation-stats` as the browser gets it (docs/api.md): counts only. */
export interface ModerationStats {
  month: string;
  comments: Record<StatStatus, number>;
  rejectReasons: Record<string, number>;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The API's answer checked before anything of it is shown; `undefined` for
 * anything else (a static host's 404 page, a proxy's error, a newer format
 * with missing counts). `reasons` are the codes the page has labels for.
 */
export function parseModerationStats(body: unknown, reasons: readonly string[]): ModerationStats | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { month, comments, rejectReasons } = body as Record<string, unknown>;
  if (typeof month !== 'string' || !MONTH.test(month)) return undefined;
  if (typeof comments !== 'object' || comments === null || typeof rejectReasons !== 'object' || rejectReasons === null) return undefined;
  const statusCounts = comments as Record<string, unknown>;
  const reasonCounts = rejectReasons as Record<string, unknown>;
  if (!STAT_STATUSES.every((status) => isCount(statusCounts[status]))) return undefined;
  if (!reasons.every((reason) => isCount(reasonCounts[reason]))) return undefined;
  return {
    month,
    comments: Object.fromEntries(STAT_STATUSES.map((status) => [status, statusCounts[status]])) as Record<StatStatus, number>,
    rejectReasons: Object.fromEntries(reasons.map((reason) => [reason, reasonCounts[reason]])) as Record<string, number>,
  };
}

/** The month `delta` months before (negative) or after `month`, both "YYYY-MM". */
export function shiftMonth(month: string, delta: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Kein Monat im Format JJJJ-MM: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const monthName = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2026" for "2026-11" (the API counts months in UTC). */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return monthName.format(new Date(Date.UTC(year, number - 1, 1)));
}
