import { describe, expect, it } from 'vitest';
import { sponsoredRel } from '../../../src/lib/sponsoredRel.ts';

describe('lib/sponsoredRel', () => {
  it('marks outbound links as sponsored, keeping other values', () => {
    expect(sponsoredRel('https://shop.example/', undefined)).toBe('sponsored');
    expect(sponsoredRel('http://shop.example/', 'nofollow')).toBe('nofollow sponsored');
  });

  it('leaves internal links and anchors alone', () => {
    expect(sponsoredRel('/artikel/x/', undefined)).toBeUndefined();
    expect(sponsoredRel('#quellen', 'bookmark')).toBe('bookmark');
  });
});
