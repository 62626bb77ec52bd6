import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/lib/tableOfContents.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

describe('lib/tableOfContents', () => {
  it('nests ### under the preceding ## heading', () => {
    const toc = tableOfContents([h(2, 'A'), h(3, 'A1'), h(2, 'B'), h(2, 'C'), h(4, 'deep'), h(2, 'D')]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
      { slug: 'c', text: 'C', children: [] },
      { slug: 'd', text: 'D', children: [] },
    ]);
  });

  it('gives short articles no table of contents', () => {
    expect(tableOfContents([h(2, 'A'), h(2, 'B'), h(2, 'C')])).toBeNull();
  });

  it('ignores a ### before the first ##', () => {
    expect(tableOfContents([h(3, 'x'), h(2, 'A')], 1)).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });
});
