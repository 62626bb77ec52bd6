export interface Page<T> {
  items: T[];
  /** 1-based number of this page. */
  current: number;
  total: number;
  previousUrl?: string;
  nextUrl?: string;
}

/**
 * One page of a list. `urlFor(n)` builds the address of page n, so the
 * first page can live at `/` and the others at `/seite/n/`.
 */
export function paginate<T>(items: readonly T[], current: number, size: number, urlFor: (page: number) => string): Page<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(current) || current < 1 || current > total) {
    throw new RangeError(`page ${current} is outside 1..${total}`);
  }
  return {
    items: items.slice((current - 1) * size, current * size),
    current,
    total,
    previousUrl: current > 1 ? urlFor(current - 1) : undefined,
    nextUrl: current < total ? urlFor(current + 1) : undefined,
  };
}

/** Numbers of all pages of a list: [1, 2, …, n]. */
export function pageNumbers(count: number, size: number): number[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / size)) }, (_, i) => i + 1);
}
