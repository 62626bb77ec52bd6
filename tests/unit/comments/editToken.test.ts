import { describe, expect, it } from 'vitest';
import { statusAfterEdit } from '../../../functions/comments/authorEdits.ts';
import { checkEditToken, EDIT_WINDOW_MS, editPageUrl, editTokenExpiry, issueEditToken } from '../../../functions/comments/editToken.ts';
import { parseBody } from '../../../functions/comments/submissionSchema.ts';

const SECRET = 'unit-secret-0123456789-abcdefghijklmnop';
const now = new Date('2026-12-05T16:00:00.000Z');

describe('the author’s edit token', () => {
  it('is valid for its comment during the window, and only then', () => {
    const token = issueEditToken(SECRET, 'c1', now);
    expect(token).toMatch(/^[0-9a-z]+\.[0-9a-f]{32}$/);
    expect(editTokenExpiry(token)).toEqual(new Date(now.getTime() + EDIT_WINDOW_MS));
    expect(checkEditToken(SECRET, 'c1', token, now)).toBe('ok');
    expect(checkEditToken(SECRET, 'c1', token, new Date(now.getTime() + EDIT_WINDOW_MS - 1))).toBe('ok');
    expect(checkEditToken(SECRET, 'c1', token, new Date(now.getTime() + EDIT_WINDOW_MS))).toBe('expired');
  });

  it('says nothing for another comment, another secret, a changed expiry or a malformed value', () => {
    const token = issueEditToken(SECRET, 'c1', now);
    const [expiry, signature] = token.split('.') as [string, string];
    expect(checkEditToken(SECRET, 'c2', token, now)).toBe('invalid');
    expect(checkEditToken(`${SECRET}x`, 'c1', token, now)).toBe('invalid');
    expect(checkEditToken(SECRET, 'c1', `${(parseInt(expiry, 36) + 60_000).toString(36)}.${signature}`, now)).toBe('invalid');
    for (const value of ['x', `${expiry}.`, `${expiry}.${signature}0`, `${expiry}.${signature.toUpperCase()}`, 42, {}]) expect(checkEditToken(SECRET, 'c1', value, now)).toBe('invalid');
    for (const value of [undefined, null, '']) expect(checkEditToken(SECRET, 'c1', value, now)).toBe('missing');
  });

  it('refuses a window longer than the service hands out, even when signed', () => {
    expect(checkEditToken(SECRET, 'c1', issueEditToken(SECRET, 'c1', new Date(now.getTime() + 60_000)), now)).toBe('invalid');
  });

  it('goes into the no-JS edit link URL-encoded', () => {
    expect(editPageUrl('a-b_c', '1.ab')).toBe('/kommentare/bearbeiten/?id=a-b_c&token=1.ab');
  });
});

describe('an edit’s status and text', () => {
  it('keeps the status when every stage passes, queues a doubt about a published comment, and spam is spam', () => {
    const pass = { verdict: 'pass' } as const;
    expect(statusAfterEdit('approved', [pass, pass])).toBe('approved');
    expect(statusAfterEdit('pending', [pass])).toBe('pending');
    expect(statusAfterEdit('approved', [pass, { verdict: 'moderate', reason: 'links' }])).toBe('pending');
    expect(statusAfterEdit('spam', [{ verdict: 'moderate', reason: 'links' }])).toBe('spam');
    expect(statusAfterEdit('approved', [{ verdict: 'spam', reason: 'blocked-word' }])).toBe('spam');
  });

  it('checks the text like a submission’s body', () => {
    expect(parseBody('  Ein Text.\r\n')).toEqual({ ok: true, body: 'Ein Text.' });
    expect(parseBody('')).toMatchObject({ ok: false });
    expect(parseBody(['a'])).toMatchObject({ ok: false });
    expect(parseBody('x'.repeat(5001))).toMatchObject({ ok: false });
  });
});
