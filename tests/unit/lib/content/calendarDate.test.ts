import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../../src/lib/content/calendarDate.ts';

describe('lib/content/calendarDate', () => {
  it('accepts real dates, with or without a time', () => {
    for (const value of ['2026-03-12', '2024-02-29', '2026-03-12T08:30:00Z', '2026-03-12 08:30', new Date('2026-01-01')]) {
      expect(isCalendarDate(value), String(value)).toBe(true);
    }
  });

  it('refuses dates the calendar does not have', () => {
    for (const value of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31']) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });

  it('refuses other spellings and non-strings', () => {
    for (const value of ['12.03.2026', 'gestern', '2026-3-12', '', 20260312, null, new Date('x')]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
  });
});
