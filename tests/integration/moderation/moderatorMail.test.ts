import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { strings } from '../../../src/strings.ts';
import { drainOutbox, enqueueMail } from '../../../functions/mail/outbox.ts';
import { setPasswordLink } from '../../../functions/moderation/moderators.ts';
import { TOKEN_LIFETIME_MS } from '../../../functions/moderation/tokens.ts';
import { listComments, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator } from '../../support/moderatorClient.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { startSmtpServer, type ReceivedMail } from '../../support/smtpServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('moderator mail with one-click links on %s', (database) => {
  let server: SiteServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let moderatorEmail: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startSiteServer(inject('siteDir'), { database, env: { SMTP_URL: smtp.url, COMMENT_AUTO_APPROVE: 'never', MAIL_FROM: 'kommentare@klartext.example' } });
    moderatorEmail = await createModerator(server);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    smtp.mails.length = 0;
    await server.services.db.deleteFrom('outbox').execute();
    await server.services.db.deleteFrom('comments').execute();
  });

  async function waitingMail(body: string): Promise<ReceivedMail> {
    const res = await postComment(server, validComment({ name: 'Rita Leserin', body }));
    expect(res.status).toBe(201);
    await server.services.queues.idle();
    const mail = smtp.mails.find((m) => m.decoded.includes(body));
    if (!mail) throw new Error('Keine Moderationsmail angekommen');
    return mail;
  }

  function link(mail: ReceivedMail, action: 'approve' | 'reject' | 'spam'): string {
    const label = { approve: 'Freischalten', reject: 'Ablehnen', spam: 'Als Spam markieren' }[action];
    const match = new RegExp(`${label}: (http\\S+)`).exec(mail.decoded);
    if (!match) throw new Error(`Kein Link „${label}“ in:\n${mail.decoded}`);
    return match[1]!.replace(/^http:\/\/localhost:4321/, server.url);
  }

  function confirm(url: string, extra: Record<string, string> = {}, origin = server.url) {
    return fetch(`${server.url}/moderation/aktion/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
      body: new URLSearchParams({ token: new URL(url).searchParams.get('token')!, ...extra }).toString(),
    });
  }

  it('mails the moderator a waiting comment in German text and HTML; GET shows a page, POST approves, the link works once', async () => {
    const mail = await waitingMail('Ein Kommentar, der auf Freigabe wartet.');
    expect(mail.to).toEqual([moderatorEmail]);
    expect(mail.from).toBe('kommentare@klartext.example');
    expect(mail.headers.get('subject')![0]).toMatch(/^=\?UTF-8\?|Neuer Kommentar wartet/);
    expect(mail.raw).toContain('text/plain');
    expect(mail.raw).toContain('text/html');
    // Why it waits, in the moderator's words rather than the spam stage's code.
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(strings.moderation.spamReasons['akismet-off']);
    const approve = link(mail, 'approve');

    // A mail scanner fetching every link changes nothing.
    for (const action of ['approve', 'reject', 'spam'] as const) {
      const page = await fetch(link(mail, action));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('method="post"');
      expect(html).toContain('noindex');
      expect(page.headers.getSetCookie()).toEqual([]);
    }
    expect((await storedComments(server))[0]!.status).toBe('pending');

    expect((await confirm(approve, {}, 'https://evil.example')).status).toBe(403);
    expect((await storedComments(server))[0]!.status).toBe('pending');
    const done = await confirm(approve);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Erledigt: Freischalten');
    expect((await storedComments(server))[0]!.status).toBe('approved');
    expect(await listComments(server)).toHaveLength(1);

    // Reused, or another link of the same mail afterwards: refused, nothing changes.
    expect((await confirm(approve)).status).toBe(410);
    expect((await confirm(link(mail, 'spam'))).status).toBe(410);
    expect((await fetch(link(mail, 'spam'))).status).toBe(410);
    expect((await storedComments(server))[0]!.status).toBe('approved');
  });

  it('rejects from the mail with a reason from the guidelines', async () => {
    const mail = await waitingMail('Werbung für irgendwas.');
    const reject = link(mail, 'reject');
    expect(await (await fetch(reject)).text()).toContain('<select id="reason" name="reason"');
    expect((await confirm(reject, { reason: 'erfunden' })).status).toBe(400);
    expect((await confirm(reject, { reason: 'advertising' })).status).toBe(200);
    expect((await storedComments(server))[0]).toMatchObject({ status: 'rejected', reject_reason: 'advertising' });
  });

  it('refuses a forged, an expired and another purpose’s token', async () => {
    const mail = await waitingMail('Ein Kommentar für die Sicherheitsprüfung.');
    const spam = link(mail, 'spam');
    const token = new URL(spam).searchParams.get('token')!;
    const [id, signature] = token.split('.') as [string, string];
    const forged = `${server.url}/moderation/aktion/?token=${id}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await fetch(forged)).status).toBe(410);
    expect((await confirm(forged)).status).toBe(410);

    // A password link is no moderation link, and a moderation link sets no password.
    const moderator = (await server.services.db.selectFrom('moderators').select('id').executeTakeFirstOrThrow()).id;
    const passwordLink = await setPasswordLink(server.services.db, server.services.config.secret, server.url, moderator, new Date());
    expect((await confirm(passwordLink)).status).toBe(410);
    expect((await fetch(`${server.url}/moderation/passwort/?token=${encodeURIComponent(token)}`)).status).toBe(410);

    const realNow = server.services.now;
    try {
      server.services.now = () => new Date(Date.now() + TOKEN_LIFETIME_MS.moderate + 1000);
      expect((await fetch(spam)).status).toBe(410);
      expect((await confirm(spam)).status).toBe(410);
    } finally {
      server.services.now = realNow;
    }
    expect((await storedComments(server))[0]!.status).toBe('pending');
    // The genuine link still works within its week.
    expect((await confirm(spam)).status).toBe(200);
    expect((await storedComments(server))[0]!.status).toBe('spam');
  });

  it('never lets a CR/LF in a name or subject add a header', async () => {
    await expect(enqueueMail(server.services.db, { kind: 'test', to: 'leser@example.org\r\nBcc: opfer@example.org', subject: 'x', text: 'x', html: 'x' }, new Date())).rejects.toThrow();
    await expect(enqueueMail(server.services.db, { kind: 'test', to: 'Leser <leser@example.org>, opfer@example.org', subject: 'x', text: 'x', html: 'x' }, new Date())).rejects.toThrow();
    const id = await enqueueMail(server.services.db, { kind: 'test', to: 'leser@example.org', subject: 'Hallo\r\nBcc: opfer@example.org\nX-Injected: ja', text: 'Text', html: '<p>Text</p>', headers: { 'List-Id': 'a\r\nX-Other: b' } }, new Date());
    // A comment whose name came in with line breaks (e.g. from an import) mails the moderators safely too.
    await server.services.db.insertInto('comments').values({
      id: 'crlf-kommentar', post_slug: 'dark-patterns-einwilligung', parent_id: null, author_name: 'Eve\r\nBcc: opfer@example.org', author_email: 'eve@example.org',
      author_url: null, body_source: 'Text', body_html: '<p>Text</p>', status: 'pending', spam_reasons: '[]', notify: 0, ip_hash: null, user_agent: null,
      fingerprint: 'crlf', reject_reason: null, deleted_at: null, created_at: new Date().toISOString(), updated_at: new Date().toISOString(),
    }).execute();
    const { notifyModerators } = await import('../../../functions/mail/moderatorNotice.ts');
    await notifyModerators(server.services, 'crlf-kommentar');
    await server.services.queues.idle();
    expect(smtp.mails).toHaveLength(2);
    for (const mail of smtp.mails) {
      expect(mail.headers.has('bcc')).toBe(false);
      expect(mail.headers.has('x-injected')).toBe(false);
      expect(mail.headers.has('x-other')).toBe(false);
      expect(mail.to.every((address) => !address.includes('opfer'))).toBe(true);
    }
    const row = await server.services.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.subject).toBe('Hallo Bcc: opfer@example.org X-Injected: ja');
  });

  it('keeps mails while the SMTP server is down and delivers each exactly once afterwards', async () => {
    await smtp.stop();
    for (let i = 0; i < 5; i++) await enqueueMail(server.services.db, { kind: 'test', to: `leser${i}@example.org`, subject: `Mail ${i}`, text: `Nummer ${i}`, html: `<p>Nummer ${i}</p>` }, new Date());
    server.services.queues.kick();
    await server.services.queues.idle();
    const waiting = await server.services.db.selectFrom('outbox').selectAll().execute();
    expect(waiting.map((m) => [m.status, m.attempts])).toEqual(Array(5).fill(['pending', 1]));
    expect(waiting.every((m) => m.last_error)).toBe(true);
    await smtp.start();
    // Not due yet (backoff): nothing goes out before the retry time.
    expect(await drainOutbox(server.services.db, server.services.mail, 'kommentare@klartext.example', () => new Date())).toBe(0);
    const later = () => new Date(Date.now() + 60_000);
    expect(await drainOutbox(server.services.db, server.services.mail, 'kommentare@klartext.example', later)).toBe(5);
    expect(await drainOutbox(server.services.db, server.services.mail, 'kommentare@klartext.example', later)).toBe(0);
    expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `leser${i}@example.org`));
    expect((await server.services.db.selectFrom('outbox').select('status').execute()).every((m) => m.status === 'sent')).toBe(true);
  });
});

describe('mail without SMTP_URL', () => {
  let server: SiteServer;

  beforeAll(async () => {
    server = await startSiteServer(inject('siteDir'), { env: { COMMENT_AUTO_APPROVE: 'never' } });
    await createModerator(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('writes each mail as an .eml file under DATA_DIR/outbox/', async () => {
    await postComment(server, validComment({ body: 'Landet als Datei.' }));
    await server.services.queues.idle();
    const folder = join(server.services.config.dataDir, 'outbox');
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const eml = await readFile(join(folder, files[0]!), 'utf8');
    expect(eml).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(eml.replace(/=\n/g, '')).toContain('Landet als Datei.');
    expect((await server.services.db.selectFrom('outbox').select('status').executeTakeFirstOrThrow()).status).toBe('sent');
  });
});
