import { createHash } from 'node:crypto';
import type { PostSummary } from './postTypes.ts';

/** A post that is written and dated in the future: when it falls due, and an opaque key for it. */
export interface ScheduledEntry {
  /** A hash of the post's id and date: the schedule is public (dist/schedule.json), an embargoed slug is not. */
  key: string;
  /** ISO time at which the post becomes public. */
  at: string;
}

/** The posts of a build that are not drafts and dated after `now`, earliest first. */
export function scheduledEntries(posts: readonly PostSummary[], now: Date): ScheduledEntry[] {
  return posts
    .filter((post) => !post.data.draft && post.data.pubDate.getTime() > now.getTime())
    .map((post) => ({ key: createHash('sha256').update(`${post.id}\u0000${post.data.pubDate.toISOString()}`).digest('hex').slice(0, 32), at: post.data.pubDate.toISOString() }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

/** The earliest moment after `now` at which a scheduled post falls due, or null when none waits. */
export function nextDueTime(schedule: readonly ScheduledEntry[], now: Date): Date | null {
  const times = schedule.map((entry) => Date.parse(entry.at)).filter((time) => time > now.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

/** The entries that have fallen due by `now` (the build they came from still lacks them). */
export function dueEntries(schedule: readonly ScheduledEntry[], now: Date): ScheduledEntry[] {
  return schedule.filter((entry) => Date.parse(entry.at) <= now.getTime());
}

/**
 * How long to wait before the next look at the schedule: until `due`, but at
 * most `maxMs` (Node's timers overflow past ~24.8 days, and a clock that
 * jumps is caught on the next look); null when nothing is due.
 */
export function delayUntil(due: Date | null, now: Date, maxMs = 60 * 60 * 1000): number | null {
  if (!due) return null;
  return Math.min(Math.max(due.getTime() - now.getTime(), 0), maxMs);
}
