import { describe, expect, it } from 'vitest';
import { pageNumbers, paginate } from '../../../src/lib/paginate.ts';

const urlFor = (n: number) => (n === 1 ? '/' : `/seite/${n}/`);
const items = Array.from({ length: 23 }, (_, i) => i + 1);

describe('lib/paginate', () => {
  it('cuts a list into pages of the given size with links both ways', () => {
    const page = paginate(items, 2, 10, urlFor);
    expect(page.items).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(page).toMatchObject({ current: 2, total: 3, previousUrl: '/', nextUrl: '/seite/3/' });
  });

  it('has a short last page and no link beyond it', () => {
    const page = paginate(items, 3, 10, urlFor);
    expect(page.items).toEqual([21, 22, 23]);
    expect(page.nextUrl).toBeUndefined();
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 1, 10, urlFor)).toMatchObject({ items: [], total: 1 });
    expect(pageNumbers(0, 10)).toEqual([1]);
  });

  it('refuses pages outside the list and nonsense sizes', () => {
    expect(() => paginate(items, 4, 10, urlFor)).toThrow(RangeError);
    expect(() => paginate(items, 0, 10, urlFor)).toThrow(RangeError);
    expect(() => paginate(items, 1, 0, urlFor)).toThrow(RangeError);
  });

  it('numbers every page', () => {
    expect(pageNumbers(23, 10)).toEqual([1, 2, 3]);
    expect(pageNumbers(20, 10)).toEqual([1, 2]);
  });
});
