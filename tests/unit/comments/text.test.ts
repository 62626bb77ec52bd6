import { describe, expect, it } from 'vitest';
import { characterCount, cleanBody, cleanLine } from '../../../functions/comments/text.ts';

describe('comments/text', () => {
  it('normalises one-line fields to NFC and trims them', () => {
    expect(cleanLine('  Mu\u0308ller ')).toBe('Müller');
  });

  it('refuses control characters, lone surrogates and bidi overrides in one-line fields', () => {
    for (const bad of ['a\nb', 'a\rb', 'a\u0000b', 'a\u0085b', 'a\ud800b', 'a\u202eb', 'a\u2066b', 'a\tb']) expect(cleanLine(bad), JSON.stringify(bad)).toBe('control-characters');
  });

  it('keeps line breaks and tabs in a body, unifies CRLF, refuses other controls', () => {
    expect(cleanBody('a\r\nb\rc\td\n')).toBe('a\nb\nc\td');
    expect(cleanBody('a\u0000b')).toBe('control-characters');
    expect(cleanBody('a\u001bb')).toBe('control-characters');
    expect(cleanBody('\udc00')).toBe('control-characters');
  });

  it('counts code points', () => {
    expect(characterCount('a😀b')).toBe(3);
  });
});
