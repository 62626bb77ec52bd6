import { describe, expect, it } from 'vitest';
import { parseModerationOptions } from '../../../../bench/moderation/options.ts';
import { UsageError } from '../../../../bench/usageError.ts';

describe('bench/moderation/options', () => {
  it('defaults to 200 comments and 1,000 mails, stopping the SMTP server after 30 % of them for 3 s', () => {
    expect(parseModerationOptions([])).toEqual({ comments: 200, mails: 1000, stopAfter: 300, outage: 3, realBackoff: false, json: false });
  });

  it('reads every option', () => {
    expect(parseModerationOptions(['--comments', '50', '--mails', '100', '--stop-after', '10', '--outage', '0.5', '--real-backoff', '--json'])).toEqual({
      comments: 50,
      mails: 100,
      stopAfter: 10,
      outage: 0.5,
      realBackoff: true,
      json: true,
    });
  });

  it('lets 0 skip a part', () => {
    expect(parseModerationOptions(['--mails', '0']).mails).toBe(0);
  });

  it('refuses a stop that would not leave mail for after the outage, and unknown options', () => {
    expect(() => parseModerationOptions(['--mails', '100', '--stop-after', '100'])).toThrow(UsageError);
    expect(() => parseModerationOptions(['--comments', '-1'])).toThrow(UsageError);
    expect(() => parseModerationOptions(['--outage', 'lang'])).toThrow(UsageError);
    expect(() => parseModerationOptions(['--posts', '5'])).toThrow(UsageError);
  });
});
