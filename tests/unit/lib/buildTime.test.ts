import { describe, expect, it } from 'vitest';
import { buildTime } from '../../../src/lib/buildTime.ts';

describe('src/lib/buildTime', () => {
  const now = new Date('2026-12-05T12:00:00Z');

  it('is the real clock when nothing is set', () => {
    expect(buildTime(undefined, now)).toEqual(now);
    expect(buildTime(' ', now)).toEqual(now);
  });

  it('takes an earlier moment from the setting', () => {
    expect(buildTime('2026-12-05T11:00:00Z', now)).toEqual(new Date('2026-12-05T11:00:00Z'));
  });

  it('never lets a later moment publish an embargoed post early', () => {
    expect(buildTime('2027-01-01T00:00:00Z', now)).toEqual(now);
  });

  it('names the variable when the value is no time', () => {
    expect(() => buildTime('morgen', now)).toThrow(/KLARTEXT_BUILD_TIME/);
  });
});
