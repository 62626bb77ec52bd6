import { describe, expect, it } from 'vitest';
import { normaliseUrl, parseSubmission } from '../../../functions/comments/submissionSchema.ts';
import { strings } from '../../../src/strings.ts';

const valid = { post: 'artikel', name: 'Anna', email: 'Anna@Example.org', body: 'Text' };

describe('comments/submissionSchema', () => {
  it('cleans a valid submission: NFC, trimmed, e-mail lower-cased, notify from a checkbox', () => {
    const result = parseSubmission({ ...valid, name: ' Jose\u0301 ', body: 'Zeile\r\nZeile', notify: 'on', url: 'www.example.org' });
    expect(result).toEqual({
      ok: true,
      submission: { post: 'artikel', parent: null, name: 'José', email: 'anna@example.org', url: 'https://www.example.org/', body: 'Zeile\nZeile', notify: true, honeypotFilled: false, token: null },
    });
  });

  it('names every wrong field with a German message', () => {
    const result = parseSubmission({ post: 'artikel', name: '', email: 'x', body: 'a'.repeat(5001), notify: 'kann sein' });
    expect(result).toEqual({
      ok: false,
      fields: { name: strings.commentFields.required, email: strings.commentFields.invalidEmail, body: strings.commentFields.tooLong(5000), notify: strings.commentFields.invalidNotify },
    });
  });

  it('counts characters, not UTF-16 units: 5,000 emoji are allowed', () => {
    expect(parseSubmission({ ...valid, body: '😀'.repeat(5000) }).ok).toBe(true);
  });

  it('treats anything in the honeypot as filled, never as an error', () => {
    const result = parseSubmission({ ...valid, fax: ['a', 'b'] });
    expect(result.ok && result.submission.honeypotFilled).toBe(true);
  });

  it('accepts http(s) URLs only, without credentials', () => {
    expect(normaliseUrl('https://example.org/pfad')).toBe('https://example.org/pfad');
    expect(normaliseUrl('example.org')).toBe('https://example.org/');
    expect(normaliseUrl('ftp://example.org')).toBeNull();
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('https://a:b@example.org')).toBeNull();
    expect(normaliseUrl('localhost')).toBeNull();
  });
});
