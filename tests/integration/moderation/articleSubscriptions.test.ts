import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { HONEYPOT_FIELD } from '../../../src/lib/comments/commentFormHtml.ts';
import { strings } from '../../../src/strings.ts';
import { POST, postComment, validComment } from '../../support/commentClient.ts';
import { startAkismetStandIn } from '../../support/akismetStandIn.ts';
import { createModerator, login, moderatorFetch, type ModeratorSession } from '../../support/moderatorClient.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { SERVICE_TARGETS, startServiceTarget } from '../../support/serviceTarget.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { startSmtpServer, type ReceivedMail } from '../../support/smtpServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

const t = strings.moderation.notifications;

/** A header as a person reads it: RFC 2047 encoded words (nodemailer's for non-ASCII) decoded. */
function headerText(mail: ReceivedMail, name: string): string {
  const value = mail.headers.get(name)?.[0] ?? '';
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

describe.each(SERVICE_TARGETS)('subscribing to every new comment of an article on %s', (target) => {
  let server: SiteServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let akismet: Awaited<ReturnType<typeof startAkismetStandIn>>;
  let session: ModeratorSession;
  let title: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    akismet = await startAkismetStandIn();
    // Akismet says ham and every comment that passes all checks is published at once; one without a
    // time-trap token (`held`) waits for a moderator.
    server = await startServiceTarget(target, inject('siteDir'), { env: { SMTP_URL: smtp.url, AKISMET_KEY: 'test-key', AKISMET_ENDPOINT: akismet.url, COMMENT_AUTO_APPROVE: 'always' } });
    session = await login(server, await createModerator(server));
    title = (await server.services.posts.get(POST))!.title;
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await akismet?.close();
  });
  beforeEach(() => {
    smtp.mails.length = 0;
  });

  const address = (name: string) => `${name}-${target}@example.org`;
  const local = (url: string) => url.replace(/^http:\/\/localhost:4321/, server.url);
  const mailsTo = (email: string) => smtp.mails.filter((mail) => mail.to.includes(email));
  const idle = () => server.services.queues.idle();
  const subscriptionsOf = (email: string) => server.services.db.selectFrom('subscriptions').selectAll().where('email', '=', email).orderBy('created_at').execute();

  function subscribe(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${server.url}/api/subscriptions`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers }, body: JSON.stringify(body) });
  }
  const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = { Origin: server.url }) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

  /** Clicks the button behind every confirmation link mailed to `email` so far. */
  async function confirmAll(email: string): Promise<string[]> {
    await idle();
    const answers: string[] = [];
    for (const mail of mailsTo(email)) {
      const link = /(http\S+\/benachrichtigung\/bestaetigen\/\?token=\S+)/.exec(mail.decoded);
      if (!link) continue;
      const res = await form('/benachrichtigung/bestaetigen/', { token: new URL(local(link[1]!)).searchParams.get('token')! });
      expect(res.status).toBe(200);
      answers.push(await res.text());
    }
    return answers;
  }
  async function confirmedSubscriber(name: string): Promise<string> {
    const email = address(name);
    expect((await subscribe({ post: POST, email })).status).toBe(202);
    await confirmAll(email);
    expect((await subscriptionsOf(email))[0]!.confirmed_at).not.toBeNull();
    smtp.mails.length = 0;
    return email;
  }
  /** A comment: published at once, or with `held` waiting for a moderator (no time-trap token). */
  async function comment(overrides: Record<string, unknown>, options: { held?: boolean } = {}): Promise<string> {
    const res = await postComment(server, validComment({ ...overrides, ...(options.held ? { token: undefined } : {}) }));
    expect(res.status).toBe(201);
    const { id, status } = (await res.json()) as { id: string; status: string };
    expect(status).toBe(options.held ? 'pending' : 'approved');
    await idle();
    return id;
  }
  async function moderate(id: string, action: string, body?: unknown): Promise<void> {
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${id}/${action}`, { method: 'POST', body })).status).toBe(200);
    await idle();
  }

  it('subscribe → confirmation mail → confirm → approved comment → mail with List-Unsubscribe → unsubscribe → no more mail', async () => {
    const reader = address('abonnentin');
    const res = await subscribe({ post: POST, email: reader.toUpperCase() });
    expect(res.status).toBe(202);
    const answer = await res.json();
    expect(answer).toEqual({ requested: true });
    expect(res.headers.getSetCookie()).toEqual([]);
    await idle();
    const [confirmation] = mailsTo(reader);
    expect(headerText(confirmation!, 'subject')).toBe(t.articleConfirmSubject(title));
    expect(confirmation!.decoded).toContain(`wenn unter „${title}“ ein neuer Kommentar freigeschaltet wird`);

    // Asking again before confirming: the same answer, and no second mail within the hour.
    const again = await subscribe({ post: POST, email: reader });
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual(answer);
    await idle();
    expect(mailsTo(reader)).toHaveLength(1);
    expect(await subscriptionsOf(reader)).toHaveLength(1);

    // Double opt-in with the reply subscriptions' pages: GET changes nothing, a foreign page cannot confirm.
    const link = local(/(http\S+\/benachrichtigung\/bestaetigen\/\?token=\S+)/.exec(confirmation!.decoded)![1]!);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.getSetCookie()).toEqual([]);
    expect((await subscriptionsOf(reader))[0]!.confirmed_at).toBeNull();
    const token = new URL(link).searchParams.get('token')!;
    expect((await form('/benachrichtigung/bestaetigen/', { token }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await subscriptionsOf(reader))[0]!.confirmed_at).toBeNull();
    const confirmed = await form('/benachrichtigung/bestaetigen/', { token });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain(t.articleConfirmed);
    expect((await subscriptionsOf(reader))[0]!.confirmed_at).not.toBeNull();

    // Subscribed already: the same answer, no mail.
    expect(await (await subscribe({ post: POST, email: reader })).json()).toEqual(answer);
    await idle();
    expect(mailsTo(reader)).toHaveLength(1);
    smtp.mails.length = 0;

    // A comment waiting for a moderator is no news yet.
    const long = `Anfang des Kommentars. ${'Viele weitere Worte zum Thema. '.repeat(20)}ENDE-DES-TEXTES`;
    const id = await comment({ name: 'Kommentator', body: long }, { held: true });
    expect(mailsTo(reader)).toEqual([]);

    await moderate(id, 'approve');
    const [notification, ...more] = mailsTo(reader);
    expect(more).toEqual([]);
    expect(notification!.to).toEqual([reader]);
    expect(headerText(notification!, 'subject')).toBe(t.articleSubject(title));
    expect(notification!.decoded).toContain(t.articleText('Kommentator', title));
    expect(notification!.decoded).toContain('Anfang des Kommentars. Viele weitere Worte');
    expect(notification!.decoded).toContain(' …');
    expect(notification!.decoded).not.toContain('ENDE-DES-TEXTES');
    expect(notification!.decoded).toContain(`/artikel/${POST}/#kommentar-${id}`);
    expect(notification!.decoded).toMatch(/Content-Type: text\/plain/i);
    expect(notification!.decoded).toMatch(/Content-Type: text\/html/i);
    expect(notification!.decoded).toContain('<blockquote><p>Anfang des Kommentars.');
    expect(notification!.headers.get('list-unsubscribe-post')).toEqual(['List-Unsubscribe=One-Click']);
    const unsubscribe = local(/^<(.+)>$/.exec(notification!.headers.get('list-unsubscribe')![0]!)![1]!);
    expect(notification!.decoded).toContain('Keine Benachrichtigungen mehr:');

    // Never twice for the same comment: approve again, reject and approve once more.
    await moderate(id, 'approve');
    await moderate(id, 'reject', { reason: 'off-topic' });
    await moderate(id, 'approve');
    expect(mailsTo(reader)).toHaveLength(1);

    // RFC 8058 one-click from the mail provider: no Origin, no cookie.
    const oneClick = await fetch(unsubscribe, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.getSetCookie()).toEqual([]);
    expect(await oneClick.text()).toContain(t.articleUnsubscribed);
    expect(await subscriptionsOf(reader)).toEqual([]);

    smtp.mails.length = 0;
    await comment({ body: 'Nach der Abmeldung.' });
    await moderate(await comment({ body: 'Auch dieser nicht.' }, { held: true }), 'approve');
    expect(mailsTo(reader)).toEqual([]);
  });

  it('mails a comment published automatically at once, and nothing for comments held, rejected or recognised as spam', async () => {
    const reader = await confirmedSubscriber('sofort');
    const held = await comment({ body: 'Wartet noch.' }, { held: true });
    await moderate(held, 'reject', { reason: 'advertising' });
    await comment({ body: 'Spam mit ausgefülltem Honigtopf.', [HONEYPOT_FIELD]: 'x' }, { held: true });
    const another = await comment({ body: 'Wird als Spam markiert.' }, { held: true });
    await moderate(another, 'spam');
    expect(mailsTo(reader)).toEqual([]);

    const published = await comment({ name: 'Sofort Sichtbar', body: 'Sofort freigeschaltet.' });
    const mails = mailsTo(reader);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.decoded).toContain(`#kommentar-${published}`);
    expect(mails[0]!.decoded).toContain('Sofort Sichtbar hat');
  });

  it('does not mail a comment’s author about their own comment', async () => {
    const author = await confirmedSubscriber('selbst');
    const other = await confirmedSubscriber('andere');
    await comment({ email: author, body: 'Mein eigener Kommentar.' });
    expect(mailsTo(author)).toEqual([]);
    expect(mailsTo(other)).toHaveLength(1);
  });

  it('sends a reader subscribed to replies and to the article one mail for a reply, whose link ends both', async () => {
    const reader = address('beides');
    const own = await comment({ email: reader, body: 'Ich will alles wissen.', notify: true });
    expect((await subscribe({ post: POST, email: reader })).status).toBe(202);
    const answers = await confirmAll(reader);
    expect(answers).toHaveLength(2);
    expect(answers.some((html) => html.includes(t.confirmed))).toBe(true);
    expect(answers.some((html) => html.includes(t.articleConfirmed))).toBe(true);
    expect((await subscriptionsOf(reader)).every((row) => row.confirmed_at !== null)).toBe(true);
    smtp.mails.length = 0;

    await comment({ parent: own, name: 'Antwortende', body: 'Eine Antwort für dich.' });
    const mails = mailsTo(reader);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.decoded).toContain('Antwortende hat auf Ihren Kommentar');
    expect(headerText(mails[0]!, 'subject')).toBe(t.replySubject(title));

    smtp.mails.length = 0;
    await comment({ name: 'Jemand', body: 'Ein neuer Kommentar ohne Bezug.' });
    expect(mailsTo(reader)).toHaveLength(1);
    expect(mailsTo(reader)[0]!.decoded).toContain(t.articleText('Jemand', title));

    const unsubscribe = local(/^<(.+)>$/.exec(mails[0]!.headers.get('list-unsubscribe')![0]!)![1]!);
    const res = await fetch(unsubscribe, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(await subscriptionsOf(reader)).toEqual([]);
  });

  it('answers bad input with 400 naming the field, an unknown post with 404, and refuses other sites and methods', async () => {
    const error = async (res: Response) => ({ status: res.status, body: (await res.json()) as { code: string; fields?: Record<string, string> } });
    const m = strings.commentFields;
    expect(await error(await subscribe({}))).toEqual({ status: 400, body: { error: strings.commentErrors['invalid-input'], code: 'invalid-input', fields: { post: m.required, email: m.required } } });
    expect((await error(await subscribe({ post: POST, email: 'keine-adresse' }))).body.fields).toEqual({ email: m.invalidEmail });
    expect((await error(await subscribe({ post: POST, email: ['a@example.org'] }))).body.fields).toEqual({ email: m.notText });
    // As for a comment: a wrong field is a 400 first, then an unknown post is a 404.
    expect((await error(await subscribe({ post: 'gibt-es-nicht', email: 'keine-adresse' }))).status).toBe(400);
    expect(await error(await subscribe({ post: 'gibt-es-nicht', email: address('niemand') }))).toMatchObject({ status: 404, body: { code: 'unknown-post' } });
    expect((await postComment(server, validComment({ post: 'gibt-es-nicht' }))).status).toBe(404);

    expect((await subscribe({ post: POST, email: address('fremd') }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await error(await subscribe({ post: POST, email: address('fremd') }, { 'Sec-Fetch-Site': 'cross-site' }))).body.code).toBe('cross-site');
    const plain = await fetch(`${server.url}/api/subscriptions`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'email=a@example.org' });
    expect(plain.status).toBe(415);
    const get = await fetch(`${server.url}/api/subscriptions`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    await idle();
    expect(await subscriptionsOf(address('fremd'))).toEqual([]);
    expect(smtp.mails).toEqual([]);
  });

  it('lets no name or address add a header or a recipient', async () => {
    const reader = await confirmedSubscriber('kopfzeilen');
    const injected = 'boese@example.org';
    // At the door: a line break in an address or a name is refused, naming the field.
    const bad = await subscribe({ post: POST, email: `${address('x')}\r\nBcc: ${injected}` });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields).toEqual({ email: strings.commentFields.controlCharacters });
    const badName = await postComment(server, validComment({ name: `Eve\r\nBcc: ${injected}` }));
    expect(((await badName.json()) as { fields: Record<string, string> }).fields).toEqual({ name: strings.commentFields.controlCharacters });

    // Behind the door: a name that got into the database anyway still only reaches the body.
    const stamp = new Date().toISOString();
    const name = `Eve\r\nBcc: ${injected}\u2028X-Injected: ja\nSubject: Gefälscht`;
    await server.services.db
      .insertInto('comments')
      .values({ id: `injection-${target}`, post_slug: POST, parent_id: null, author_name: name, author_email: 'eve@example.org', author_url: null, body_source: 'Text', body_html: '<p>Text</p>', status: 'pending', spam_reasons: '[]', notify: 0, ip_hash: null, user_agent: null, fingerprint: `injection-${target}`, created_at: stamp, updated_at: stamp })
      .execute();
    await moderate(`injection-${target}`, 'approve');
    // Every mail (the earlier tests' subscribers get one too) goes to exactly one subscriber, none to the injected address.
    expect(smtp.mails.every((mail) => mail.to.length === 1)).toBe(true);
    expect(smtp.mails.flatMap((mail) => mail.to)).not.toContain(injected);
    const [mail, ...more] = mailsTo(reader);
    expect(more).toEqual([]);
    expect(mail!.headers.has('bcc')).toBe(false);
    expect(mail!.headers.has('x-injected')).toBe(false);
    expect(mail!.headers.get('subject')).toHaveLength(1);
    expect(headerText(mail!, 'subject')).toBe(t.articleSubject(title));
    expect(mail!.decoded).toContain('Eve');
  });
});

describe('the subscription form without JavaScript, and its rate limit', () => {
  let server: SiteServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startSiteServer(inject('siteDir'), { env: { SMTP_URL: smtp.url, RATE_LIMIT_MAX: '3' } });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  const formPost = (fields: Record<string, string>) =>
    fetch(`${server.url}/api/subscriptions`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null' }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
  const jsonPost = (body: unknown) => fetch(`${server.url}/api/subscriptions`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });

  it('returns to the article with a confirmation, shows the form again on a wrong address, and limits requests per network', async () => {
    // The five requests (and the mail between them) must be counted in one window.
    await awayFromWindowEdge(server.services.config.rateLimit.windowMs, 10_000);
    const ok = await formPost({ post: POST, email: 'ohne-skript@example.org', [HONEYPOT_FIELD]: '' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/artikel/${POST}/#abo-angefragt`);
    expect(ok.headers.getSetCookie()).toEqual([]);

    // A bot that fills the hidden field gets the same answer and no mail goes out.
    const bot = await formPost({ post: POST, email: 'bot-opfer@example.org', [HONEYPOT_FIELD]: 'gefüllt' });
    expect(bot.status).toBe(303);
    await server.services.queues.idle();
    expect(smtp.mails.map((mail) => mail.to)).toEqual([['ohne-skript@example.org']]);

    const wrong = await formPost({ post: POST, email: 'keine<adresse>' });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('content-type')).toContain('text/html');
    const html = await wrong.text();
    expect(html).toContain(`role="alert">${strings.comments.fixFields}</p>`);
    expect(html).toContain(`<span class="form-error" id="abo-email-fehler">${strings.commentFields.invalidEmail}</span>`);
    expect(html).toContain('value="keine&lt;adresse&gt;"');
    expect(html).toContain('aria-invalid="true"');

    expect((await jsonPost({ post: POST, email: 'dritte@example.org' })).status).toBe(202);
    const limited = await jsonPost({ post: POST, email: 'vierte@example.org' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { code: string }).code).toBe('rate-limited');
    const limitedForm = await formPost({ post: POST, email: 'fuenfte@example.org' });
    expect(limitedForm.status).toBe(429);
    expect(await limitedForm.text()).toContain(strings.comments.subscribeRateLimited);
  });
});
