import { describe, expect, it } from 'vitest';
import { commentExcerpt } from '../../../functions/mail/commentExcerpt.ts';

describe('mail/commentExcerpt', () => {
  it('gives a short comment whole, as plain text without Markdown', () => {
    expect(commentExcerpt('Das ist **wichtig**,\n\n> sagt [sie](https://example.org).')).toBe('Das ist wichtig, sagt sie.');
  });

  it('cuts a long comment at a word boundary and marks the cut', () => {
    const excerpt = commentExcerpt('Wort '.repeat(100), 42);
    expect(excerpt).toBe(`${'Wort '.repeat(8).trim()} …`);
  });

  it('never cuts an emoji in half', () => {
    expect(commentExcerpt('😀'.repeat(20), 10)).toBe(`${'😀'.repeat(10)} …`);
  });
});
