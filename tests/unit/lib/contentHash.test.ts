import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/lib/contentHash.ts';

describe('lib/contentHash', () => {
  it('is stable for equal input and differs for different input', () => {
    expect(contentHash('v1', { title: 'a' })).toBe(contentHash('v1', { title: 'a' }));
    expect(contentHash('v1', { title: 'a' })).not.toBe(contentHash('v1', { title: 'b' }));
    expect(contentHash('v1', { title: 'a' })).not.toBe(contentHash('v2', { title: 'a' }));
  });

  it('is a short hex string usable as a file name', () => {
    expect(contentHash('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
