import { describe, expect, it } from 'vitest';
import { checkToken, issueToken } from '../../../functions/spam/timeTrap.ts';

const SECRET = 'x'.repeat(32);
const issued = new Date('2026-05-01T10:00:00Z');
const after = (ms: number) => new Date(issued.getTime() + ms);

describe('spam/timeTrap', () => {
  it('passes a token older than 3 s and younger than a day', () => {
    const token = issueToken(SECRET, 'post', issued);
    expect(checkToken(SECRET, token, 'post', after(3_000))).toEqual({ verdict: 'pass' });
    expect(checkToken(SECRET, token, 'post', after(23 * 3600_000))).toEqual({ verdict: 'pass' });
  });

  it('calls a token younger than 3 s spam', () => {
    expect(checkToken(SECRET, issueToken(SECRET, 'post', issued), 'post', after(2_999))).toEqual({ verdict: 'spam', reason: 'token-too-fast' });
  });

  it('calls a forged token, one for another post or one from the future spam', () => {
    const token = issueToken(SECRET, 'post', issued);
    expect(checkToken('y'.repeat(32), token, 'post', after(5_000))).toMatchObject({ reason: 'token-forged' });
    expect(checkToken(SECRET, token, 'anderer', after(5_000))).toMatchObject({ reason: 'token-forged' });
    expect(checkToken(SECRET, 'kaputt', 'post', after(5_000))).toMatchObject({ reason: 'token-forged' });
    expect(checkToken(SECRET, token, 'post', after(-120_000))).toMatchObject({ reason: 'token-forged' });
  });

  it('sends a missing or day-old token to moderation', () => {
    expect(checkToken(SECRET, null, 'post', issued)).toEqual({ verdict: 'moderate', reason: 'token-missing' });
    expect(checkToken(SECRET, issueToken(SECRET, 'post', issued), 'post', after(25 * 3600_000))).toEqual({ verdict: 'moderate', reason: 'token-expired' });
  });
});
