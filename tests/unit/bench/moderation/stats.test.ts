import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../../../bench/moderation/stats.ts';

describe('bench/moderation/stats', () => {
  it('takes the p95 by nearest rank, so it is always a measured value', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([3, 1, 2], 95)).toBe(3);
    expect(percentile([7], 95)).toBe(7);
  });

  it('takes the median as the mean of the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('does not reorder the sample it is given', () => {
    const sample = [3, 1, 2];
    summarize(sample);
    expect(sample).toEqual([3, 1, 2]);
  });

  it('summarizes a sample, and an empty one as NaN instead of throwing', () => {
    expect(summarize([2, 4, 6, 8])).toEqual({ n: 4, min: 2, median: 5, p95: 8, max: 8, mean: 5 });
    const empty = summarize([]);
    expect(empty.n).toBe(0);
    expect(empty.median).toBeNaN();
    expect(empty.p95).toBeNaN();
  });
});
