import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/comments/escapeHtml.ts';
import { strings } from '../../../src/strings.ts';
import { listComments, POST, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch } from '../../support/moderatorClient.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { SERVICE_TARGETS, startServiceTarget } from '../../support/serviceTarget.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { startSmtpServer } from '../../support/smtpServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

const t = strings.moderation.dataAccess;

describe.each(SERVICE_TARGETS)('readers’ rights: see, export and delete their comments on %s', (target) => {
  let server: SiteServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServiceTarget(target, inject('siteDir'), { env: { SMTP_URL: smtp.url, COMMENT_AUTO_APPROVE: 'never' } });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  const ask = (email: string) =>
    fetch(`${server.url}/api/privacy/request`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ email }) });

  it('mails a signed link that lists, exports and deletes the reader’s comments, keeping threads', async () => {
    const session = await login(server, await createModerator(server));
    const reader = `betroffene-${target}@example.org`;
    const { id: own } = (await (await postComment(server, validComment({ email: reader, body: 'Mein Text über Datenschutz.', notify: true }))).json()) as { id: string };
    await moderatorFetch(server, session, `/api/moderation/comments/${own}/approve`, { method: 'POST' });
    const { id: reply } = (await (await postComment(server, validComment({ parent: own, body: 'Fremde Antwort.' }))).json()) as { id: string };
    await moderatorFetch(server, session, `/api/moderation/comments/${reply}/approve`, { method: 'POST' });

    // Same answer for an address without comments, and no mail to it.
    const nobody = await ask(`niemand-${target}@example.org`);
    expect(nobody.status).toBe(202);
    const res = await ask(reader.toUpperCase());
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual(await nobody.json());
    expect(res.headers.getSetCookie()).toEqual([]);
    await server.services.queues.idle();
    expect(smtp.mails.filter((m) => m.to.includes(`niemand-${target}@example.org`))).toEqual([]);
    const mail = smtp.mails.find((m) => m.to.includes(reader) && m.decoded.includes('meine-daten'))!;
    const link = /(http\S+\/datenschutz\/meine-daten\/\?token=\S+)/.exec(mail.decoded)![1]!.replace('http://localhost:4321', server.url);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Mein Text über Datenschutz.');
    expect(html).not.toContain('Fremde Antwort.');
    const title = (await server.services.posts.get(POST))!.title;
    // The "notify me" box made a reply subscription: it is the reader's data too.
    expect(html).toContain(escapeHtml(t.subscription.reply(title)));
    const exported = await fetch(link.replace('/meine-daten/?', '/meine-daten/export?'));
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    const data = await exported.json();
    expect(data.comments.map((c: { id: string }) => c.id)).toEqual([own]);
    expect(data.subscriptions).toEqual([expect.objectContaining({ post: POST, comment: own })]);

    const token = new URL(link).searchParams.get('token')!;
    const del = (origin: string) => fetch(`${server.url}/datenschutz/meine-daten/`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin }, body: new URLSearchParams({ token }).toString() });
    expect((await del('https://evil.example')).status).toBe(403);
    expect((await del(server.url)).status).toBe(200);
    const rows = await storedComments(server);
    expect(JSON.stringify(rows)).not.toContain(reader);
    expect(JSON.stringify(rows)).not.toContain('Mein Text über Datenschutz.');
    expect((await listComments(server)).map((c) => [c.id, c.html])).toEqual([[own, '<p>Kommentar gelöscht</p>'], [reply, '<p>Fremde Antwort.</p>']]);
    expect(await server.services.db.selectFrom('subscriptions').selectAll().where('email', '=', reader).execute()).toEqual([]);
    // The link worked once for deleting.
    expect((await del(server.url)).status).toBe(410);
  });

  it('shows, exports and deletes a subscription of a reader who never commented', async () => {
    const reader = `nur-abo-${target}@example.org`;
    const stamp = new Date().toISOString();
    await server.services.db.insertInto('subscriptions').values({ id: `abo-${target}`, email: reader, post_slug: POST, comment_id: null, confirmed_at: stamp, created_at: stamp }).execute();
    expect((await ask(reader)).status).toBe(202);
    await server.services.queues.idle();
    const mail = smtp.mails.find((m) => m.to.includes(reader) && m.decoded.includes('meine-daten'));
    expect(mail).toBeDefined();
    const link = /(http\S+\/datenschutz\/meine-daten\/\?token=\S+)/.exec(mail!.decoded)![1]!.replace('http://localhost:4321', server.url);
    const html = await (await fetch(link)).text();
    const title = (await server.services.posts.get(POST))!.title;
    expect(html).toContain(escapeHtml(t.subscription.article(title)));
    expect(html).toContain(escapeHtml(t.noComments));
    const data = await (await fetch(link.replace('/meine-daten/?', '/meine-daten/export?'))).json();
    expect(data).toEqual({ email: reader, comments: [], subscriptions: [{ post: POST, comment: null, confirmedAt: stamp, createdAt: stamp }] });
    const token = new URL(link).searchParams.get('token')!;
    const res = await fetch(`${server.url}/datenschutz/meine-daten/`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url }, body: new URLSearchParams({ token }).toString() });
    expect(res.status).toBe(200);
    expect(await server.services.db.selectFrom('subscriptions').selectAll().where('email', '=', reader).execute()).toEqual([]);
  });

  it('refuses a forged link and an invalid address', async () => {
    expect((await fetch(`${server.url}/datenschutz/meine-daten/?token=abc.def`)).status).toBe(410);
    expect((await fetch(`${server.url}/datenschutz/meine-daten/export?token=abc.def`)).status).toBe(410);
    const bad = await ask('keine-adresse');
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty('email');
  });
});

describe('the request as a plain form post', () => {
  let server: SiteServer;

  beforeAll(async () => {
    server = await startSiteServer(inject('siteDir'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a form post without JavaScript with a page', async () => {
    const post = (email: string) =>
      fetch(`${server.url}/api/privacy/request`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null' }, body: new URLSearchParams({ email }).toString() });
    const ok = await post('leserin@example.org');
    expect(ok.status).toBe(202);
    expect(ok.headers.get('content-type')).toContain('text/html');
    expect(await ok.text()).toContain('E-Mail mit einem Link');
    const bad = await post('kaputt');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('gültige E-Mail-Adresse');
  });

  it('answers a form post over the rate limit with a German page, not JSON', async () => {
    const limited = await startSiteServer(inject('siteDir'), { env: { RATE_LIMIT_MAX: '1' } });
    try {
      const post = () =>
        fetch(`${limited.url}/api/privacy/request`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null' }, body: new URLSearchParams({ email: 'eilig@example.org' }).toString() });
      // Both requests must be counted in one window: the second is over the limit of 1.
      await awayFromWindowEdge(limited.services.config.rateLimit.windowMs, 10_000);
      expect((await post()).status).toBe(202);
      const res = await post();
      expect(res.status).toBe(429);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await res.text()).toContain('Zu viele Anfragen in kurzer Zeit.');
    } finally {
      await limited.close();
    }
  });
});
