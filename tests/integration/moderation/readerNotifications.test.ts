import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { HONEYPOT_FIELD } from '../../../src/lib/comments/commentFormHtml.ts';
import { listComments, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch, type ModeratorSession } from '../../support/moderatorClient.ts';
import { SERVICE_TARGETS, startServiceTarget } from '../../support/serviceTarget.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { startSmtpServer, type ReceivedMail } from '../../support/smtpServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(SERVICE_TARGETS)('the full path from comment to reply notification on %s', (target) => {
  let server: SiteServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let moderatorEmail: string;
  let session: ModeratorSession;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServiceTarget(target, inject('siteDir'), { env: { SMTP_URL: smtp.url, COMMENT_AUTO_APPROVE: 'never' } });
    moderatorEmail = await createModerator(server);
    session = await login(server, moderatorEmail);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.mails.length = 0;
  });

  const local = (url: string) => url.replace(/^http:\/\/localhost:4321/, server.url);
  function linkAfter(mail: ReceivedMail, pattern: RegExp): string {
    const match = pattern.exec(mail.decoded);
    if (!match) throw new Error(`Kein Link ${pattern} in:\n${mail.decoded}`);
    return local(match[1]!);
  }
  const mailsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address));
  async function post(body: Record<string, unknown>): Promise<string> {
    const res = await postComment(server, validComment(body));
    expect(res.status).toBe(201);
    await server.services.queues.idle();
    return ((await res.json()) as { id: string }).id;
  }
  const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = { Origin: server.url }) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

  it('comment → moderator mail → confirm link → approved → reply → notification → one-click unsubscribe', async () => {
    const reader = `leserin-${target}@example.org`;
    const commentId = await post({ email: reader, name: 'Leserin', body: 'Mein Kommentar, bitte mit Benachrichtigung.', notify: true });

    // Double opt-in: the reader gets a confirmation mail, the moderator the waiting comment.
    const [confirmation] = mailsTo(reader);
    expect(confirmation!.headers.get('subject')).toBeDefined();
    const confirmLink = linkAfter(confirmation!, /(http\S+\/benachrichtigung\/bestaetigen\/\?token=\S+)/);
    const moderatorMail = mailsTo(moderatorEmail).find((mail) => mail.decoded.includes('Mein Kommentar, bitte mit'))!;
    const approveLink = linkAfter(moderatorMail, /Freischalten: (http\S+)/);

    expect((await fetch(confirmLink)).status).toBe(200);
    const subscription = () => server.services.db.selectFrom('subscriptions').selectAll().where('email', '=', reader).executeTakeFirst();
    expect((await subscription())!.confirmed_at).toBeNull(); // the GET changed nothing
    expect((await form('/benachrichtigung/bestaetigen/', { token: new URL(confirmLink).searchParams.get('token')! }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await form('/benachrichtigung/bestaetigen/', { token: new URL(confirmLink).searchParams.get('token')! })).status).toBe(200);
    expect((await subscription())!.confirmed_at).not.toBeNull();

    expect((await form('/moderation/aktion/', { token: new URL(approveLink).searchParams.get('token')! })).status).toBe(200);
    expect((await listComments(server)).map((c) => c.id)).toContain(commentId);

    // A reply waits for a moderator: no mail to the reader yet.
    smtp.mails.length = 0;
    const replyId = await post({ parent: commentId, name: 'Antwortender', body: 'Eine Antwort darauf.' });
    expect(mailsTo(reader)).toEqual([]);
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${replyId}/approve`, { method: 'POST' })).status).toBe(200);
    await server.services.queues.idle();
    const [notification] = mailsTo(reader);
    expect(notification).toBeDefined();
    expect(notification!.decoded).toContain('Antwortender hat auf Ihren Kommentar');
    expect(notification!.headers.get('list-unsubscribe-post')).toEqual(['List-Unsubscribe=One-Click']);
    const unsubscribe = local(/^<(.+)>$/.exec(notification!.headers.get('list-unsubscribe')![0]!)![1]!);
    expect(notification!.decoded).toContain('Keine Benachrichtigungen mehr:');

    // Approving again (or a second moderator) does not mail twice.
    await moderatorFetch(server, session, `/api/moderation/comments/${replyId}/approve`, { method: 'POST' });
    await server.services.queues.idle();
    expect(mailsTo(reader)).toHaveLength(1);

    // RFC 8058 one-click: a POST from the mail provider's server, no Origin, no cookie.
    const oneClick = await fetch(unsubscribe, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.getSetCookie()).toEqual([]);
    expect(await subscription()).toBeUndefined();

    smtp.mails.length = 0;
    const second = await post({ parent: commentId, name: 'Noch jemand', body: 'Zweite Antwort.' });
    await moderatorFetch(server, session, `/api/moderation/comments/${second}/approve`, { method: 'POST' });
    await server.services.queues.idle();
    expect(mailsTo(reader)).toEqual([]);
  });

  it('mails nobody who did not confirm, and refuses a forged unsubscribe token', async () => {
    const reader = `unbestaetigt-${target}@example.org`;
    const commentId = await post({ email: reader, body: 'Ohne Bestätigung.', notify: true });
    await moderatorFetch(server, session, `/api/moderation/comments/${commentId}/approve`, { method: 'POST' });
    smtp.mails.length = 0;
    const replyId = await post({ parent: commentId, body: 'Antwort ohne Empfänger.' });
    await moderatorFetch(server, session, `/api/moderation/comments/${replyId}/approve`, { method: 'POST' });
    await server.services.queues.idle();
    expect(mailsTo(reader)).toEqual([]);
    const forged = await fetch(`${server.url}/benachrichtigung/abmelden/?token=abc.def`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(forged.status).toBe(410);
    expect((await storedComments(server)).length).toBeGreaterThan(0);
  });

  it('sends no confirmation mail for a comment recognised as spam', async () => {
    const reader = `spam-${target}@example.org`;
    await post({ email: reader, body: 'Spam mit Bitte um Benachrichtigung.', notify: true, [HONEYPOT_FIELD]: 'ausgefüllt' });
    expect((await storedComments(server)).find((row) => row.author_email === reader)!.status).toBe('spam');
    expect(mailsTo(reader)).toEqual([]);
  });
});

describe('the rejection mail', () => {
  let server: SiteServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startSiteServer(inject('siteDir'), { env: { SMTP_URL: smtp.url, COMMENT_AUTO_APPROVE: 'never' } });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('tells the commenter the guideline their comment broke, once', async () => {
    const session = await login(server, await createModerator(server));
    const res = await postComment(server, validComment({ email: 'abgelehnt@example.org', body: 'Kaufen Sie hier!' }));
    const { id } = (await res.json()) as { id: string };
    await moderatorFetch(server, session, `/api/moderation/comments/${id}/reject`, { method: 'POST', body: { reason: 'advertising' } });
    await moderatorFetch(server, session, `/api/moderation/comments/${id}/reject`, { method: 'POST', body: { reason: 'advertising' } });
    await server.services.queues.idle();
    const mails = smtp.mails.filter((mail) => mail.to.includes('abgelehnt@example.org'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.decoded).toContain('Grund: Werbung');
    expect(mails[0]!.decoded).toContain('/leitlinien/');
  });
});
