/** A sample of durations reduced to what the report shows. */
export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The `p`-th percentile (0–100) of `values` by the nearest-rank method: the
 * smallest value that at least p % of the sample is less than or equal to, so
 * it is always a measured value. NaN for an empty sample. Pure.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** The median, as the mean of the two middle values for an even sample. NaN for an empty one. Pure. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Count, min, median, p95 (nearest rank), max and mean of a sample. Pure. */
export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  return {
    n,
    min: n ? Math.min(...values) : Number.NaN,
    median: median(values),
    p95: percentile(values, 95),
    max: n ? Math.max(...values) : Number.NaN,
    mean: n ? values.reduce((sum, value) => sum + value, 0) / n : Number.NaN,
  };
}
