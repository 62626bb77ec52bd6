import { describe, expect, it } from 'vitest';
import { decideStatus } from '../../../functions/spam/decideStatus.ts';
import { checkHoneypot } from '../../../functions/spam/honeypot.ts';
import { checkLinks, countLinks } from '../../../functions/spam/links.ts';
import { rateLimitKeys, rateLimitWindow } from '../../../functions/spam/rateLimit.ts';
import { checkWords, compileWordList } from '../../../functions/spam/wordLists.ts';
import { PASS } from '../../../functions/spam/verdict.ts';

describe('spam/honeypot', () => {
  it('calls a filled honeypot spam', () => {
    expect(checkHoneypot(true)).toEqual({ verdict: 'spam', reason: 'honeypot' });
    expect(checkHoneypot(false)).toEqual(PASS);
  });
});

describe('spam/links', () => {
  it('counts Markdown, bare, www. and mailto links', () => {
    expect(countLinks('[a](https://a.example) http://b.example www.c.example mailto:d@example.org')).toBe(4);
    expect(countLinks('kein Link, nur example.org')).toBe(0);
  });

  it('sends two links or more to moderation', () => {
    expect(checkLinks('https://a.example')).toEqual(PASS);
    expect(checkLinks('https://a.example https://b.example')).toEqual({ verdict: 'moderate', reason: 'links' });
  });
});

describe('spam/wordLists', () => {
  const lists = { blocked: compileWordList(['viagra', 'casino bonus']), moderated: compileWordList(['idiot']) };

  it('matches whole words and phrases, in any case', () => {
    expect(checkWords('VIAGRA günstig', lists)).toEqual({ verdict: 'spam', reason: 'blocked-word' });
    expect(checkWords('Casino\n Bonus', lists)).toEqual({ verdict: 'spam', reason: 'blocked-word' });
    expect(checkWords('Du Idiot!', lists)).toEqual({ verdict: 'moderate', reason: 'moderated-word' });
    expect(checkWords('Idiotie und Casinobonus', lists)).toEqual(PASS);
  });

  it('treats an empty list as matching nothing and escapes special characters', () => {
    expect(compileWordList([])).toBeNull();
    expect(compileWordList(['a.b'])!.test('axb')).toBe(false);
  });
});

describe('spam/rateLimit', () => {
  it('puts a moment into its fixed window and tells how long until it ends', () => {
    const now = new Date('2026-05-01T10:07:30Z');
    const window = rateLimitWindow(now, 10 * 60_000);
    expect(window.start * 60_000).toBe(Date.parse('2026-05-01T10:00:00Z'));
    expect(window.retryAfterSeconds).toBe(150);
  });

  it('counts against the IP network and the e-mail address, or the e-mail alone', () => {
    expect(rateLimitKeys('iphash', 'mailhash')).toEqual(['ip:iphash', 'email:mailhash']);
    expect(rateLimitKeys(null, 'mailhash')).toEqual(['email:mailhash']);
  });
});

describe('spam/decideStatus', () => {
  const moderate = { verdict: 'moderate', reason: 'links' } as const;
  const spam = { verdict: 'spam', reason: 'honeypot' } as const;

  it('lets spam win over moderation and keeps every reason', () => {
    expect(decideStatus([moderate, spam, PASS], 'always', true)).toEqual({ status: 'spam', reasons: ['links', 'honeypot'] });
    expect(decideStatus([moderate, PASS], 'always', true)).toEqual({ status: 'pending', reasons: ['links'] });
  });

  it('approves as the policy says when everything passed', () => {
    expect(decideStatus([PASS], 'returning', true)).toEqual({ status: 'approved', reasons: [] });
    expect(decideStatus([PASS], 'returning', false)).toEqual({ status: 'pending', reasons: ['first-comment'] });
    expect(decideStatus([PASS], 'always', false)).toEqual({ status: 'approved', reasons: [] });
    expect(decideStatus([PASS], 'never', true)).toEqual({ status: 'pending', reasons: ['manual-approval'] });
  });
});
