import { describe, expect, it } from 'vitest';
import { rateLimitWindow } from '../../../functions/spam/rateLimit.ts';
import { waitForRoomInWindow } from '../../support/rateLimitWindow.ts';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

describe('waitForRoomInWindow (tests/support/rateLimitWindow.ts)', () => {
  it('does not wait while the window lasts long enough', () => {
    expect(waitForRoomInWindow(at('2026-12-05T21:00:00.000Z'), MINUTE, 15_000)).toBe(0);
    expect(waitForRoomInWindow(at('2026-12-05T21:00:44.999Z'), MINUTE, 15_000)).toBe(0);
    expect(waitForRoomInWindow(at('2026-12-05T21:03:00.000Z'), 10 * MINUTE, 30_000)).toBe(0);
  });

  it('waits until the next window starts when less than neededMs is left', () => {
    // The flake: a search test starting 2 s before the minute ends.
    expect(waitForRoomInWindow(at('2026-12-05T21:00:58.000Z'), MINUTE, 15_000)).toBe(2_000);
    expect(waitForRoomInWindow(at('2026-12-05T21:00:45.000Z'), MINUTE, 15_000)).toBe(15_000);
    expect(waitForRoomInWindow(at('2026-12-05T21:00:59.999Z'), MINUTE, 15_000)).toBe(1);
    // Ten-minute windows start at whole multiples of ten minutes since the epoch, not at every minute.
    expect(waitForRoomInWindow(at('2026-12-05T21:09:40.000Z'), 10 * MINUTE, 30_000)).toBe(20_000);
    expect(waitForRoomInWindow(at('2026-12-05T21:08:59.000Z'), 10 * MINUTE, 30_000)).toBe(0);
    // Login windows: fifteen minutes.
    expect(waitForRoomInWindow(at('2026-12-05T21:14:30.000Z'), 15 * MINUTE, 60_000)).toBe(30_000);
  });

  it('after the wait, the requests of neededMs all fall into one window, for every moment of a window', () => {
    for (const [windowMs, neededMs] of [[MINUTE, 15_000], [10 * MINUTE, 30_000], [15 * MINUTE, 60_000]] as const) {
      const base = Date.parse('2026-12-05T21:00:00.000Z');
      for (let offset = 0; offset < 2 * windowMs; offset += 250) {
        const now = new Date(base + offset);
        const start = new Date(now.getTime() + waitForRoomInWindow(now, windowMs, neededMs));
        const wait = start.getTime() - now.getTime();
        expect(wait).toBeLessThanOrEqual(neededMs);
        expect(rateLimitWindow(start, windowMs).start).toBe(rateLimitWindow(new Date(start.getTime() + neededMs), windowMs).start);
        // No wait is taken that was not needed.
        if (wait > 0) expect(rateLimitWindow(now, windowMs).start).not.toBe(rateLimitWindow(new Date(now.getTime() + neededMs), windowMs).start);
      }
    }
  });

  it('refuses a neededMs no window can hold', () => {
    expect(() => waitForRoomInWindow(at('2026-12-05T21:00:00Z'), MINUTE, MINUTE)).toThrow(RangeError);
    expect(() => waitForRoomInWindow(at('2026-12-05T21:00:00Z'), MINUTE, 0)).toThrow(RangeError);
  });
});
