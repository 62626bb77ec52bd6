import { beforeEach, describe, expect, it } from 'vitest';
import { POST, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { useSiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

const json = (value: unknown) => JSON.stringify(value);

/** Each entry: what an attacker (or a broken client) sends, and the 4xx and code it must get. */
const MALFORMED: Array<{ name: string; body: () => string; headers?: Record<string, string>; status: number; code: string; field?: string }> = [
  { name: 'a body over 64 KB', body: () => json(validComment({ body: 'a'.repeat(70_000) })), status: 413, code: 'payload-too-large' },
  { name: 'a body over 64 KB without Content-Length', body: () => 'x'.repeat(70_000), headers: { 'X-Stream': '1' }, status: 413, code: 'payload-too-large' },
  { name: 'malformed JSON', body: () => '{"post": "a", "name": ', status: 400, code: 'invalid-json' },
  { name: 'a JSON array', body: () => json([validComment()]), status: 400, code: 'invalid-body' },
  { name: 'JSON null', body: () => 'null', status: 400, code: 'invalid-body' },
  { name: 'a JSON string', body: () => json('Hallo'), status: 400, code: 'invalid-body' },
  { name: 'a __proto__ key', body: () => `{"__proto__": {"status": "approved"}, ${json(validComment()).slice(1)}`, status: 400, code: 'invalid-body' },
  { name: 'a nested constructor.prototype', body: () => json({ ...validComment(), extra: { constructor: { prototype: { x: 1 } } } }), status: 400, code: 'invalid-body' },
  { name: 'arrays nested 5,000 levels deep', body: () => `{"post":"a","extra":${'['.repeat(5000)}${']'.repeat(5000)}}`, status: 400, code: 'invalid-body' },
  { name: 'objects nested 5,000 levels deep', body: () => `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, status: 400, code: 'invalid-body' },
  { name: 'a __proto__ form field', body: () => `__proto__=approved&${new URLSearchParams(validComment() as Record<string, string>)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, status: 400, code: 'invalid-body' },
  { name: 'text/plain', body: () => json(validComment()), headers: { 'Content-Type': 'text/plain' }, status: 415, code: 'unsupported-media-type' },
  { name: 'multipart/form-data', body: () => '--x\r\n\r\n--x--', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, status: 415, code: 'unsupported-media-type' },
  { name: 'no content type', body: () => json(validComment()), headers: { 'Content-Type': '' }, status: 415, code: 'unsupported-media-type' },
  { name: 'a charset other than UTF-8', body: () => json(validComment()), headers: { 'Content-Type': 'application/json; charset=iso-8859-1' }, status: 415, code: 'unsupported-media-type' },
  { name: 'bytes that are not UTF-8', body: () => '\u00ff', headers: { 'X-Raw-Latin1': '1' }, status: 400, code: 'invalid-body' },
  { name: 'an array where the name belongs', body: () => json(validComment({ name: ['Anna', 'Bert'] })), status: 400, code: 'invalid-input', field: 'name' },
  { name: 'an object where the body belongs', body: () => json(validComment({ body: { text: 'x' } })), status: 400, code: 'invalid-input', field: 'body' },
  { name: 'a number where the email belongs', body: () => json(validComment({ email: 42 })), status: 400, code: 'invalid-input', field: 'email' },
  { name: 'a repeated form field', body: () => `${new URLSearchParams(validComment() as Record<string, string>)}&name=Zweiter`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, status: 400, code: 'invalid-input', field: 'name' },
  { name: 'header injection in the name', body: () => json(validComment({ name: 'Anna\r\nBcc: alle@example.org' })), status: 400, code: 'invalid-input', field: 'name' },
  { name: 'header injection in the email', body: () => json(validComment({ email: 'anna@example.org\nBcc: alle@example.org' })), status: 400, code: 'invalid-input', field: 'email' },
  { name: 'a NUL in the body', body: () => json(validComment({ body: 'Hallo\u0000Welt' })), status: 400, code: 'invalid-input', field: 'body' },
  { name: 'a lone surrogate in the body', body: () => `${json(validComment()).slice(0, -1)},"body":"Hallo \\ud800 Welt"}`, status: 400, code: 'invalid-input', field: 'body' },
  { name: 'a right-to-left override in the name', body: () => json(validComment({ name: 'Anna\u202eadmin' })), status: 400, code: 'invalid-input', field: 'name' },
  { name: 'a name over 100 characters', body: () => json(validComment({ name: 'N'.repeat(101) })), status: 400, code: 'invalid-input', field: 'name' },
  { name: 'an email over 254 characters', body: () => json(validComment({ email: `${'a'.repeat(250)}@example.org` })), status: 400, code: 'invalid-input', field: 'email' },
  { name: 'a url over 200 characters', body: () => json(validComment({ url: `https://example.org/${'a'.repeat(200)}` })), status: 400, code: 'invalid-input', field: 'url' },
  { name: 'a body over 5,000 characters', body: () => json(validComment({ body: 'ü'.repeat(5001) })), status: 400, code: 'invalid-input', field: 'body' },
  { name: 'an empty body', body: () => json(validComment({ body: '   \n  ' })), status: 400, code: 'invalid-input', field: 'body' },
  { name: 'a javascript: url', body: () => json(validComment({ url: 'javascript:alert(1)' })), status: 400, code: 'invalid-input', field: 'url' },
  { name: 'a data: url', body: () => json(validComment({ url: 'data:text/html,<script>alert(1)</script>' })), status: 400, code: 'invalid-input', field: 'url' },
  { name: 'a url with credentials', body: () => json(validComment({ url: 'https://user:pass@example.org' })), status: 400, code: 'invalid-input', field: 'url' },
  { name: 'an invalid email', body: () => json(validComment({ email: 'anna@' })), status: 400, code: 'invalid-input', field: 'email' },
  { name: 'a notify that is neither yes nor no', body: () => json(validComment({ notify: 'vielleicht' })), status: 400, code: 'invalid-input', field: 'notify' },
  { name: 'a missing post', body: () => json(validComment({ post: undefined })), status: 400, code: 'invalid-input', field: 'post' },
  { name: 'an unknown parent', body: () => json(validComment({ parent: 'gibt-es-nicht' })), status: 400, code: 'invalid-input', field: 'parent' },
];

describe.each(DATABASE_KINDS)('malformed input on %s', (database) => {
  const server = useSiteServer({ database });
  beforeEach(() => server.services.db.deleteFrom('comments').execute());

  it.each(MALFORMED)('answers $name with $status $code and stores nothing', async ({ body, headers = {}, status, code, field }) => {
    const { 'X-Raw-Latin1': latin1, 'X-Stream': stream, ...rest } = headers;
    // A stream is sent chunked, without Content-Length: the limit must count the bytes themselves.
    const payload = latin1 ? Buffer.from(body(), 'latin1') : stream ? new Blob([body()]).stream() : body();
    const res = await fetch(`${server.url}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...rest },
      body: payload,
      ...(stream ? { duplex: 'half' } : {}),
    } as RequestInit);
    expect(res.status).toBe(status);
    const answer = await res.json();
    expect(answer).toMatchObject({ code, error: expect.stringMatching(/\S/) });
    if (field) expect(Object.keys(answer.fields)).toEqual([field]);
    expect(await storedComments(server)).toEqual([]);
  });

  it('still accepts a well-formed comment afterwards', async () => {
    expect((await postComment(server, validComment())).status).toBe(201);
    expect(await storedComments(server)).toHaveLength(1);
  });

  it('answers an unknown API address with a JSON 404 and other methods with 405', async () => {
    const missing = await fetch(`${server.url}/api/gibt-es-nicht`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'not-found' });
    const put = await fetch(`${server.url}/api/comments?post=${POST}`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
  });
});
