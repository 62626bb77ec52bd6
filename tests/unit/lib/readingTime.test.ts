import { describe, expect, it } from 'vitest';
import { readingTime } from '../../../src/lib/readingTime.ts';

const words = (n: number) => Array.from({ length: n }, () => 'Wort').join(' ');

describe('lib/readingTime', () => {
  it('rounds up to whole minutes at 200 words per minute', () => {
    expect(readingTime(words(200))).toBe(1);
    expect(readingTime(words(201))).toBe(2);
    expect(readingTime(words(1000))).toBe(5);
  });

  it('is at least one minute, even for an empty body', () => {
    expect(readingTime('')).toBe(1);
  });

  it('does not count Markdown syntax or link targets as words', () => {
    const body = `## Überschrift\n\n${'[Wort](https://a.example/b/c/d) '.repeat(200)}`;
    expect(readingTime(body)).toBe(2); // 201 words: heading + 200 link texts
  });

  it('accepts another reading speed', () => {
    expect(readingTime(words(300), 100)).toBe(3);
  });
});
