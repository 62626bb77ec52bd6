import { describe, expect, it } from 'vitest';
import { checkDelivery, exactlyOnce } from '../../../../bench/moderation/delivery.ts';

describe('bench/moderation/delivery', () => {
  it('calls a run exactly once when every marker arrived once', () => {
    const check = checkDelivery(['m-0', 'm-1'], new Map([['m-0', 1], ['m-1', 1]]));
    expect(check).toEqual({ expected: 2, delivered: 2, missing: [], duplicated: [], unexpected: [] });
    expect(exactlyOnce(check)).toBe(true);
  });

  it('names a lost mail', () => {
    const check = checkDelivery(['m-0', 'm-1', 'm-2'], new Map([['m-0', 1], ['m-2', 1]]));
    expect(check.missing).toEqual(['m-1']);
    expect(check.delivered).toBe(2);
    expect(exactlyOnce(check)).toBe(false);
  });

  it('names a mail that arrived twice, with how often', () => {
    const check = checkDelivery(['m-0', 'm-1'], new Map([['m-0', 1], ['m-1', 2]]));
    expect(check.duplicated).toEqual([{ marker: 'm-1', times: 2 }]);
    expect(exactlyOnce(check)).toBe(false);
  });

  it('does not count a mail of another run as delivered', () => {
    const check = checkDelivery(['m-0'], new Map([['m-0', 1], ['other-0', 1]]));
    expect(check.unexpected).toEqual(['other-0']);
    expect(exactlyOnce(check)).toBe(false);
  });
});
