import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../../src/lib/content/frontmatter.ts';

describe('lib/content/frontmatter', () => {
  it('reads the YAML block and keeps dates as typed', () => {
    const data = readFrontmatter('---\ntitle: Hallo\npubDate: 2026-02-30\ntags: [a, b]\n---\n\nText');
    expect(data).toEqual({ title: 'Hallo', pubDate: '2026-02-30', tags: ['a', 'b'] });
  });

  it('gives an empty object for files without frontmatter', () => {
    expect(readFrontmatter('# Nur Text')).toEqual({});
    expect(readFrontmatter('---\n- eine\n- Liste\n---\n')).toEqual({});
  });

  it('accepts Windows line endings', () => {
    expect(readFrontmatter('---\r\ntitle: Hallo\r\n---\r\nText')).toEqual({ title: 'Hallo' });
  });
});
