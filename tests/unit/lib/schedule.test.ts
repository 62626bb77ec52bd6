import { describe, expect, it } from 'vitest';
import { delayUntil, dueEntries, nextDueTime, scheduledEntries } from '../../../src/lib/schedule.ts';
import { post } from './fixtures.ts';

const now = new Date('2026-06-01T12:00:00Z');

describe('lib/schedule', () => {
  const posts = [
    post('public', { pubDate: new Date('2026-05-01') }),
    post('draft', { pubDate: new Date('2026-07-01'), draft: true }),
    post('later', { pubDate: new Date('2026-08-01T06:00:00Z') }),
    post('soon', { pubDate: new Date('2026-06-02T06:00:00Z') }),
  ];

  it('lists only future posts that are not drafts, earliest first, without their slugs', () => {
    const schedule = scheduledEntries(posts, now);
    expect(schedule.map((entry) => entry.at)).toEqual(['2026-06-02T06:00:00.000Z', '2026-08-01T06:00:00.000Z']);
    expect(JSON.stringify(schedule)).not.toContain('soon');
    expect(schedule[0]!.key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives a post a new key when its date moves, so a moved post is published again', () => {
    const [before] = scheduledEntries([post('soon', { pubDate: new Date('2026-06-02T06:00:00Z') })], now);
    const [after] = scheduledEntries([post('soon', { pubDate: new Date('2026-06-03T06:00:00Z') })], now);
    expect(before!.key).not.toBe(after!.key);
  });

  it('names the earliest future due time, and none when nothing waits', () => {
    const schedule = scheduledEntries(posts, now);
    expect(nextDueTime(schedule, now)).toEqual(new Date('2026-06-02T06:00:00Z'));
    expect(nextDueTime(schedule, new Date('2026-06-02T06:00:00Z'))).toEqual(new Date('2026-08-01T06:00:00Z'));
    expect(nextDueTime(schedule, new Date('2026-09-01'))).toBeNull();
  });

  it('counts a post as due from the second of its date on', () => {
    const schedule = scheduledEntries(posts, now);
    expect(dueEntries(schedule, new Date('2026-06-02T05:59:59Z'))).toEqual([]);
    expect(dueEntries(schedule, new Date('2026-06-02T06:00:00Z'))).toEqual([schedule[0]]);
  });

  it('waits until the due time, at most an hour at a time, and not at all for a time already past', () => {
    expect(delayUntil(new Date(now.getTime() + 5000), now)).toBe(5000);
    expect(delayUntil(new Date('2026-08-01'), now)).toBe(3_600_000);
    expect(delayUntil(new Date(now.getTime() - 5000), now)).toBe(0);
    expect(delayUntil(null, now)).toBeNull();
  });
});
