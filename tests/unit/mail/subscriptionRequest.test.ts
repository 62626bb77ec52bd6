import { describe, expect, it } from 'vitest';
import { parseSubscriptionRequest } from '../../../functions/mail/subscriptionRequest.ts';
import { strings } from '../../../src/strings.ts';

const m = strings.commentFields;

describe('mail/subscriptionRequest', () => {
  it('accepts a post and an address, trimmed and lower-cased', () => {
    expect(parseSubscriptionRequest({ post: ' artikel ', email: ' Leserin@Example.org ' })).toEqual({ ok: true, post: 'artikel', email: 'leserin@example.org', honeypotFilled: false });
  });

  it('names each wrong field with the comment form’s messages', () => {
    expect(parseSubscriptionRequest({})).toEqual({ ok: false, fields: { post: m.required, email: m.required } });
    expect(parseSubscriptionRequest({ post: 'artikel', email: 'keine-adresse' })).toEqual({ ok: false, fields: { email: m.invalidEmail }, post: 'artikel' });
    expect(parseSubscriptionRequest({ post: ['a', 'b'], email: { x: 1 } })).toEqual({ ok: false, fields: { post: m.notText, email: m.notText } });
    expect(parseSubscriptionRequest({ post: 'artikel', email: `${'a'.repeat(250)}@example.org` })).toMatchObject({ fields: { email: m.tooLong(254) } });
  });

  it('refuses a line break in the address, so it can never become a header', () => {
    expect(parseSubscriptionRequest({ post: 'artikel', email: 'a@example.org\r\nBcc: b@example.org' })).toMatchObject({ ok: false, fields: { email: m.controlCharacters } });
  });

  it('reports a filled honeypot without refusing the request', () => {
    expect(parseSubscriptionRequest({ post: 'artikel', email: 'a@example.org', fax: 'x' })).toMatchObject({ ok: true, honeypotFilled: true });
  });
});
