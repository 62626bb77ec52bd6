import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { setCommentStatus } from '../../../functions/comments/commentStatus.ts';
import { keyedHash } from '../../../functions/privacy/keyedHash.ts';
import { startAkismetStandIn } from '../../support/akismetStandIn.ts';
import { listComments, OTHER_POST, POST, postComment, storedComments, tokenFor, validComment } from '../../support/commentClient.ts';
import { approvedRow } from '../../support/commentRows.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { SERVICE_TARGETS, startServiceTarget } from '../../support/serviceTarget.ts';
import { startSiteServer, TEST_SECRET, type SiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(SERVICE_TARGETS)('comment API on %s', (target) => {
  let server: SiteServer;
  let akismet: Awaited<ReturnType<typeof startAkismetStandIn>>;

  beforeAll(async () => {
    akismet = await startAkismetStandIn();
    server = await startServiceTarget(target, inject('siteDir'), {
      env: { AKISMET_KEY: 'test-key', AKISMET_ENDPOINT: akismet.url, COMMENT_BLOCKED_WORDS: 'viagra, casino bonus', COMMENT_MODERATED_WORDS: 'idiot' },
    });
  });
  afterAll(async () => {
    await server?.close();
    await akismet?.close();
  });
  beforeEach(async () => {
    akismet.mode = 'ham';
    akismet.requests.length = 0;
    await server.services.db.deleteFrom('comments').execute();
    server.services.cache.clear();
  });

  async function approveAll() {
    for (const row of await storedComments(server)) await setCommentStatus(server.services, row.id, 'approved');
  }

  it('stores a first comment as pending, with its reasons, a keyed IP hash and sanitized HTML', async () => {
    const res = await postComment(server, validComment({ body: 'Hallo *Welt* <script>alert(1)</script>', url: 'www.example.org' }));
    expect(res.status).toBe(201);
    const answer = await res.json();
    expect(answer).toEqual({ id: expect.any(String), status: 'pending', editToken: expect.stringMatching(/^[0-9a-z]+\.[0-9a-f]{32}$/) });
    const [row] = await storedComments(server);
    expect(row).toMatchObject({ id: answer.id, post_slug: POST, status: 'pending', author_url: 'https://www.example.org/', notify: 0 });
    expect(JSON.parse(row!.spam_reasons)).toEqual(['first-comment']);
    expect(row!.body_html).toBe('<p>Hallo <em>Welt</em> &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(row!.ip_hash).toBe(keyedHash(TEST_SECRET, 'ip', '127.0.0.1'));
    expect(JSON.stringify(row)).not.toContain('127.0.0.1');
  });

  // netlify-cli takes X-Forwarded-For as the client's address (Netlify's edge sets context.ip itself).
  if (target !== 'netlify') it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy is in front', async () => {
    await postComment(server, validComment(), { 'X-Forwarded-For': '198.51.100.200' });
    const [row] = await storedComments(server);
    expect(row!.ip_hash).toBe(keyedHash(TEST_SECRET, 'ip', '127.0.0.1'));
  });

  it('approves a returning author at once when every check passes', async () => {
    const email = 'stammleserin@example.org';
    await postComment(server, validComment({ email }));
    await approveAll();
    const res = await postComment(server, validComment({ email, body: 'Noch ein Gedanke.', notify: true }));
    expect(await res.json()).toMatchObject({ status: 'approved' });
    const list = await listComments(server);
    expect(list.map((comment) => comment.html)).toContain('<p>Noch ein Gedanke.</p>');
    expect((await storedComments(server)).find((row) => row.body_source === 'Noch ein Gedanke.')?.notify).toBe(1);
  });

  it('lets a returning author wait when one check fails', async () => {
    const email = 'stamm@example.org';
    await postComment(server, validComment({ email }));
    await approveAll();
    const res = await postComment(server, validComment({ email, body: 'Siehe https://a.example und https://b.example' }));
    expect(await res.json()).toMatchObject({ status: 'pending' });
    const row = (await storedComments(server)).find((r) => r.body_source.startsWith('Siehe'))!;
    expect(JSON.parse(row.spam_reasons)).toEqual(['links']);
  });

  it('sends Akismet every field it documents, with the raw IP it never stores', async () => {
    await postComment(server, validComment({ name: 'Bert', email: 'bert@example.org', url: 'https://bert.example', body: 'Interessant.' }), { 'User-Agent': 'Testbrowser/1.0' });
    expect(akismet.requests).toHaveLength(1);
    expect(akismet.requests[0]).toMatchObject({
      blog: server.services.config.siteUrl,
      blog_lang: 'de',
      blog_charset: 'UTF-8',
      user_ip: '127.0.0.1',
      user_agent: 'Testbrowser/1.0',
      permalink: `${server.services.config.siteUrl}/artikel/${POST}/`,
      comment_type: 'comment',
      comment_author: 'Bert',
      comment_author_email: 'bert@example.org',
      comment_author_url: 'https://bert.example/',
      comment_content: 'Interessant.',
      comment_date_gmt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      comment_post_modified_gmt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      honeypot_field_name: 'fax',
      fax: '',
    });
  });

  it.each([
    ['honeypot', () => ({ fax: 'https://spam.example' }), 'spam', ['honeypot']],
    ['a token younger than 3 s', () => ({ token: tokenFor(POST, 500) }), 'spam', ['token-too-fast']],
    ['a forged token', () => ({ token: tokenFor(POST).replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')) }), 'spam', ['token-forged']],
    ['a token for another post', () => ({ token: tokenFor(OTHER_POST) }), 'spam', ['token-forged']],
    ['no token (no JavaScript)', () => ({ token: undefined }), 'pending', ['token-missing']],
    ['a blocked word', () => ({ body: 'Billig VIAGRA kaufen' }), 'spam', ['blocked-word']],
    ['a blocked phrase across spaces', () => ({ body: 'Das Casino   Bonus wartet' }), 'spam', ['blocked-word']],
    ['a moderated word', () => ({ body: 'So ein Idiot.' }), 'pending', ['moderated-word']],
    ['two links', () => ({ body: '[a](https://a.example) und www.b.example' }), 'pending', ['links']],
  ])('records %s as the reason and answers "pending" either way', async (_name, overrides, status, reasons) => {
    // Built when the test runs: a token's age counts from now.
    const res = await postComment(server, validComment(overrides()));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'pending' });
    const [row] = await storedComments(server);
    expect(row!.status).toBe(status);
    expect(JSON.parse(row!.spam_reasons)).toEqual(reasons);
  });

  it('does not send known spam to Akismet', async () => {
    await postComment(server, validComment({ fax: 'x' }));
    expect(akismet.requests).toHaveLength(0);
  });

  it('marks what Akismet calls spam as spam', async () => {
    akismet.mode = 'spam';
    await postComment(server, validComment());
    const [row] = await storedComments(server);
    expect(row!.status).toBe('spam');
    expect(JSON.parse(row!.spam_reasons)).toEqual(['akismet-spam']);
  });

  it.each([
    ['an error answer', 'error', 'akismet-error'],
    ['status 500', 'status-500', 'akismet-error'],
    ['no answer within 3 s', 'hang', 'akismet-timeout'],
  ] as const)('keeps the comment for a moderator when Akismet gives %s, and it is readable after approval', async (_name, mode, reason) => {
    akismet.mode = mode;
    const comment = validComment({ body: `Akismet-Ausfall: ${mode}` });
    const res = await postComment(server, comment);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'pending' });
    const [row] = await storedComments(server);
    expect(JSON.parse(row!.spam_reasons)).toEqual([reason]);
    await approveAll();
    expect((await listComments(server)).map((c) => c.html)).toEqual([`<p>Akismet-Ausfall: ${mode}</p>`]);
  });

  it('threads a reply under an approved comment of the same post only', async () => {
    const first = await (await postComment(server, validComment())).json();
    const early = await postComment(server, validComment({ parent: first.id }));
    expect(early.status).toBe(400);
    expect((await early.json()).fields).toEqual({ parent: expect.any(String) });
    await approveAll();
    const otherPost = await postComment(server, validComment({ post: OTHER_POST, token: tokenFor(OTHER_POST), parent: first.id }));
    expect(otherPost.status).toBe(400);
    const reply = await (await postComment(server, validComment({ parent: first.id, body: 'Eine Antwort.' }))).json();
    await setCommentStatus(server.services, reply.id, 'approved');
    const list = await listComments(server);
    expect(list).toEqual([
      expect.objectContaining({ id: first.id, parent: null }),
      expect.objectContaining({ id: reply.id, parent: first.id, html: '<p>Eine Antwort.</p>' }),
    ]);
    expect(await storedComments(server)).toHaveLength(2);
  });

  it('publishes only approved comments, and never an e-mail or IP address', async () => {
    await postComment(server, validComment({ email: 'geheim@example.org', url: 'https://anna.example' }));
    await postComment(server, validComment({ fax: 'spam' }));
    expect(await listComments(server)).toEqual([]);
    const [row] = await storedComments(server);
    await setCommentStatus(server.services, row!.id, 'approved');
    const res = await fetch(`${server.url}/api/comments?post=${POST}`);
    const text = await res.text();
    expect(JSON.parse(text).comments).toEqual([
      { id: row!.id, parent: null, name: 'Anna Beispiel', url: 'https://anna.example/', html: expect.any(String), createdAt: row!.created_at },
    ]);
    expect(text).not.toContain('geheim@example.org');
    expect(text).not.toContain(row!.ip_hash!);
  });

  it('answers the list with CDN cache headers and an ETag, and shows an approval at once', async () => {
    const first = await fetch(`${server.url}/api/comments?post=${POST}`);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.get('cdn-cache-control')).toMatch(/public, max-age=\d+/);
    const etag = first.headers.get('etag')!;
    expect((await fetch(`${server.url}/api/comments?post=${POST}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const { id } = await (await postComment(server, validComment())).json();
    await setCommentStatus(server.services, id, 'approved');
    const after = await fetch(`${server.url}/api/comments?post=${POST}`, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect((await after.json()).comments).toHaveLength(1);
  });

  it('serves a long list gzipped once, with the same JSON as uncompressed', async () => {
    // Straight into the table: posting them would add twelve calls (each a cold start on netlify) that test nothing here.
    const rows = Array.from({ length: 12 }, (_, i) => {
      const text = `Kommentar ${i}: ${'ausführlich '.repeat(10)}`;
      return { ...approvedRow(`lang-${i}`, null, new Date(Date.UTC(2026, 0, 1, i)).toISOString()), body_source: text, body_html: `<p>${text}</p>` };
    });
    await server.services.db.insertInto('comments').values(rows).execute();
    const plain = await fetch(`${server.url}/api/comments?post=${POST}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await fetch(`${server.url}/api/comments?post=${POST}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(await zipped.json()).toEqual(await plain.json());
  });

  it('refuses the same comment twice with 409 and keeps one', async () => {
    const comment = validComment();
    expect((await postComment(server, comment)).status).toBe(201);
    const again = await postComment(server, { ...comment, token: tokenFor(POST, 20_000) });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'duplicate', error: expect.any(String) });
    expect(await storedComments(server)).toHaveLength(1);
  });

  it('lets exactly one of two identical comments sent at the same moment in', async () => {
    const comment = validComment();
    const statuses = await Promise.all([postComment(server, comment), postComment(server, comment), postComment(server, comment)]).then((all) => all.map((r) => r.status));
    expect(statuses.sort()).toEqual([201, 409, 409]);
    expect(await storedComments(server)).toHaveLength(1);
  });

  it('answers 404 for an unknown post, on every endpoint, and stores nothing', async () => {
    const res = await postComment(server, validComment({ post: 'gibt-es-nicht' }));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'unknown-post' });
    expect((await fetch(`${server.url}/api/comments?post=gibt-es-nicht`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/comments/token?post=gibt-es-nicht`)).status).toBe(404);
    expect(await storedComments(server)).toHaveLength(0);
  });

  // In the test process only: it moves the service's clock.
  if (target !== 'netlify') it('hands out a token that passes the time trap once 3 s have gone by', async () => {
    const res = await fetch(`${server.url}/api/comments/token?post=${POST}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token } = await res.json();
    const realNow = server.services.now;
    server.services.now = () => new Date(Date.now() + 3_500);
    try {
      await postComment(server, validComment({ token }));
    } finally {
      server.services.now = realNow;
    }
    const [row] = await storedComments(server);
    expect(JSON.parse(row!.spam_reasons)).toEqual(['first-comment']);
  });

  it('reports its health with the database kind and the number of posts', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: target === 'netlify' ? 'postgres' : target, posts: expect.any(Number) });
  });

  it('refuses a post from another site’s page', async () => {
    const res = await postComment(server, validComment(), { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const fetchSite = await postComment(server, validComment(), { 'Sec-Fetch-Site': 'cross-site' });
    expect(fetchSite.status).toBe(403);
    expect(await storedComments(server)).toHaveLength(0);
    expect((await postComment(server, validComment(), { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(201);
  });

  describe('form posts without JavaScript', () => {
    const form = (fields: Record<string, string>) =>
      fetch(`${server.url}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });

    it('redirects with 303 to the confirmation page with the edit link', async () => {
      const res = await form({ post: POST, name: 'Carla', email: 'carla@example.org', body: 'Ohne JavaScript geschrieben.', notify: 'on', fax: '' });
      expect(res.status).toBe(303);
      const [row] = await storedComments(server);
      expect(res.headers.get('location')).toMatch(new RegExp(`^/kommentare/bearbeiten/\\?id=${row!.id}&token=[0-9a-z]+\\.[0-9a-f]{32}$`));
      expect(row).toMatchObject({ body_source: 'Ohne JavaScript geschrieben.', notify: 1, status: 'pending' });
    });

    it('shows the form again with the reader’s text and the field errors', async () => {
      const res = await form({ post: POST, name: 'Carla', email: 'kein-at-zeichen', body: 'Mein langer <Text> bleibt.' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Mein langer &lt;Text&gt; bleibt.</textarea>');
      expect(html).toMatch(/id="kommentar-email-fehler">Bitte eine gültige E-Mail-Adresse angeben\./);
      expect(html).toContain('value="Carla"');
      expect(await storedComments(server)).toHaveLength(0);
    });

    it('answers JSON to a form post that asks for JSON', async () => {
      const res = await fetch(`${server.url}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: new URLSearchParams({ post: POST, name: 'Dora', email: 'dora@example.org', body: 'Formular, aber JSON bitte.' }).toString(),
      });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ status: 'pending' });
    });
  });
});

describe.each(DATABASE_KINDS)('rate limits on %s', (database) => {
  let server: SiteServer;

  beforeAll(async () => {
    server = await startSiteServer(inject('siteDir'), { database, env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MINUTES: '10', TRUST_PROXY: 'true' } });
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    await server.services.db.deleteFrom('comments').execute();
    await server.services.db.deleteFrom('rate_limits').execute();
    // Each test's four comments must be counted in one (ten-minute) window.
    await awayFromWindowEdge(server.services.config.rateLimit.windowMs, 10_000);
  });

  const from = (ip: string) => ({ 'X-Forwarded-For': `203.0.113.99, ${ip}` });

  it('refuses the third comment from one IP address within the window with 429 and Retry-After', async () => {
    expect((await postComment(server, validComment(), from('198.51.100.1'))).status).toBe(201);
    expect((await postComment(server, validComment(), from('198.51.100.1'))).status).toBe(201);
    const refused = await postComment(server, validComment(), from('198.51.100.1'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(600);
    expect(await refused.json()).toMatchObject({ code: 'rate-limited' });
    expect((await postComment(server, validComment(), from('198.51.100.2'))).status).toBe(201);
    expect(await storedComments(server)).toHaveLength(3);
  });

  it('refuses the third comment from one e-mail address across addresses', async () => {
    const email = 'vielschreiber@example.org';
    expect((await postComment(server, validComment({ email }), from('198.51.100.11'))).status).toBe(201);
    expect((await postComment(server, validComment({ email }), from('198.51.100.12'))).status).toBe(201);
    expect((await postComment(server, validComment({ email }), from('198.51.100.13'))).status).toBe(429);
  });

  it('counts an IPv6 network, not each of its addresses', async () => {
    expect((await postComment(server, validComment(), from('2001:db8:1:2::1'))).status).toBe(201);
    expect((await postComment(server, validComment(), from('2001:db8:1:2::2'))).status).toBe(201);
    expect((await postComment(server, validComment(), from('2001:db8:1:2:ffff::3'))).status).toBe(429);
  });
});
