import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScheduledEntry } from '../../src/lib/schedule.ts';

/** The file every build writes (src/pages/schedule.json.ts). */
export const SCHEDULE_FILE = 'schedule.json';

/** The schedule of the build in `siteDir`; empty when the build has none (an older build, or none yet). */
export async function readSchedule(siteDir: string): Promise<ScheduledEntry[]> {
  const text = await readFile(join(siteDir, SCHEDULE_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const parsed = JSON.parse(text) as { scheduled?: ScheduledEntry[] };
  return Array.isArray(parsed.scheduled) ? parsed.scheduled : [];
}
