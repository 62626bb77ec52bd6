import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkUnsubscribeToken, unsubscribeToken } from '../../../functions/mail/readerNotifications.ts';

const SECRET = 'ein-geheimnis-mit-mehr-als-32-zeichen';

describe('mail/readerNotifications unsubscribe tokens', () => {
  it('names the one subscription of a mail, in the format of mails sent before article subscriptions', () => {
    const old = `abc.${createHmac('sha256', SECRET).update('unsubscribe\u0000abc').digest('base64url')}`;
    expect(unsubscribeToken(SECRET, 'abc')).toBe(old);
    expect(checkUnsubscribeToken(SECRET, old)).toEqual(['abc']);
  });

  it('names every subscription of a mail that stands for several', () => {
    expect(checkUnsubscribeToken(SECRET, unsubscribeToken(SECRET, ['a-1', 'b_2']))).toEqual(['a-1', 'b_2']);
  });

  it('refuses a token whose list was changed, a forged signature and another secret’s token', () => {
    const token = unsubscribeToken(SECRET, ['a', 'b']);
    expect(checkUnsubscribeToken(SECRET, token.replace('a~b', 'a~c'))).toBeUndefined();
    expect(checkUnsubscribeToken(SECRET, 'a.abc')).toBeUndefined();
    expect(checkUnsubscribeToken('ein-anderes-geheimnis-mit-32-zeichen!', token)).toBeUndefined();
    expect(checkUnsubscribeToken(SECRET, undefined)).toBeUndefined();
  });
});
