import { describe, expect, it } from 'vitest';
import { postIdFromPath } from '../../../src/lib/postId.ts';

describe('lib/postId', () => {
  it('uses the file name without the year folder', () => {
    expect(postIdFromPath('2025/kinderdaten.mdx')).toBe('kinderdaten');
  });

  it('accepts plain Markdown and files outside a year folder', () => {
    expect(postIdFromPath('notiz.md')).toBe('notiz');
  });
});
