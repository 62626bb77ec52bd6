import { describe, expect, it } from 'vitest';
import { formatMonth, parseModerationStats, shiftMonth } from '../../../../src/lib/moderationStats/moderationStats.ts';

const REASONS = ['insult', 'off-topic'];
const answer = { month: '2026-11', comments: { pending: 1, approved: 5, rejected: 2, spam: 7 }, rejectReasons: { insult: 2, 'off-topic': 0, extra: 9 } };

describe('lib/moderationStats/moderationStats', () => {
  it('accepts the API’s answer and keeps only the reasons the page has labels for', () => {
    expect(parseModerationStats(answer, REASONS)).toEqual({ month: '2026-11', comments: { approved: 5, pending: 1, rejected: 2, spam: 7 }, rejectReasons: { insult: 2, 'off-topic': 0 } });
  });

  it('refuses anything else: a page, a bad month, missing or negative counts', () => {
    expect(parseModerationStats('<!doctype html>', REASONS)).toBeUndefined();
    expect(parseModerationStats(null, REASONS)).toBeUndefined();
    expect(parseModerationStats({ ...answer, month: '2026-13' }, REASONS)).toBeUndefined();
    expect(parseModerationStats({ ...answer, comments: { ...answer.comments, spam: undefined } }, REASONS)).toBeUndefined();
    expect(parseModerationStats({ ...answer, comments: { ...answer.comments, spam: -1 } }, REASONS)).toBeUndefined();
    expect(parseModerationStats({ ...answer, rejectReasons: { insult: '2', 'off-topic': 0 } }, REASONS)).toBeUndefined();
  });

  it('steps months across year boundaries', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-11', -13)).toBe('2025-10');
    expect(() => shiftMonth('2026-1', 1)).toThrow(/JJJJ-MM/);
  });

  it('names a month in German', () => {
    expect(formatMonth('2026-11')).toBe('November 2026');
    expect(formatMonth('2027-03')).toBe('März 2027');
  });
});
