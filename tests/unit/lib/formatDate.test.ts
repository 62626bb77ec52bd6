import { describe, expect, it } from 'vitest';
import { berlinYear, formatDate, formatDateTime, isoDate } from '../../../src/lib/formatDate.ts';

describe('lib/formatDate', () => {
  it('writes dates the German way', () => {
    expect(formatDate(new Date('2025-09-18'))).toBe('18. September 2025');
  });

  it('gives ISO dates in Berlin time for datetime attributes', () => {
    expect(isoDate(new Date('2025-09-18'))).toBe('2025-09-18');
    expect(isoDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('gives the year in Berlin time', () => {
    expect(berlinYear(new Date('2025-12-31T22:59:00Z'))).toBe('2025');
    expect(berlinYear(new Date('2025-12-31T23:00:00Z'))).toBe('2026');
  });

  it('gives moderators date and time in Berlin time, and an unreadable stamp as it is', () => {
    expect(formatDateTime('2026-11-25T10:00:00.000Z')).toBe('25.11.2026, 11:00');
    expect(formatDateTime('2026-07-01T10:00:00.000Z')).toBe('01.07.2026, 12:00');
    expect(formatDateTime('gestern')).toBe('gestern');
  });
});
