import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setCommentStatus } from '../../../functions/comments/commentStatus.ts';
import { EDIT_PAGE_PATH } from '../../../functions/comments/editToken.ts';
import { renderCommentBody } from '../../../functions/comments/renderBody.ts';
import { MAIL_ACTION_PATH } from '../../../functions/mail/moderatorNotice.ts';
import { enqueueMail } from '../../../functions/mail/outbox.ts';
import { CONFIRM_PATH, UNSUBSCRIBE_PATH } from '../../../functions/mail/readerNotifications.ts';
import { SET_PASSWORD_PATH, setPasswordLink } from '../../../functions/moderation/moderators.ts';
import { MY_DATA_PATH } from '../../../functions/privacy/dataAccessRoutes.ts';
import { listComments, POST, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch } from '../../support/moderatorClient.ts';
import { startNetlifyApiStandIn } from '../../support/netlifyApiStandIn.ts';
import { startNetlifyFunctions, type NetlifyFunctions } from '../../support/netlifyFunctions.ts';
import { startSmtpServer, type ReceivedMail } from '../../support/smtpServer.ts';

/** The mail to `to` that contains `contains`, once the functions have sent what they queued. */
async function mailTo(server: NetlifyFunctions, smtp: { mails: ReceivedMail[] }, to: string, contains: string): Promise<ReceivedMail> {
  await server.services.queues.idle();
  const mail = smtp.mails.find((m) => m.to.includes(to) && m.decoded.includes(contains));
  if (!mail) throw new Error(`Keine Mail an ${to} mit „${contains}“; angekommen: ${smtp.mails.map((m) => m.to.join()).join(', ')}`);
  return mail;
}

function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`(http\\S+${path.replace(/[/.]/g, '\\$&')}\\?token=[^\\s"<]+)`).exec(mail.decoded);
  if (!match) throw new Error(`Kein Link auf ${path} in:\n${mail.decoded}`);
  return match[1]!;
}

const formPost = (url: string, fields: Record<string, string>, origin: string) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });

// The comment API, moderation API, readers' data, article subscriptions and reply notifications suites run
// against these functions too (tests/support/serviceTarget.ts); this file covers every route and what only
// the Netlify deploy has: the CDN purge and the scheduled function.
describe('the comment service as Netlify builds and runs it (netlify functions:serve, Lambda’s Node flags, PostgreSQL)', () => {
  let server: NetlifyFunctions;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let netlifyApi: Awaited<ReturnType<typeof startNetlifyApiStandIn>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    netlifyApi = await startNetlifyApiStandIn();
    server = await startNetlifyFunctions(inject('siteDir'), {
      env: {
        SMTP_URL: smtp.url,
        COMMENT_AUTO_APPROVE: 'never',
        MAIL_FROM: 'kommentare@klartext.example',
        // What Netlify puts into a function's environment, and its API's address pointed at the stand-in.
        NETLIFY_PURGE_API_TOKEN: 'purge-token',
        SITE_ID: 'klartext-site',
        NETLIFY_API_URL: netlifyApi.url,
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await netlifyApi?.close();
  });

  it.each([
    ['/api/health', 200, 'application/json'],
    [`/api/comments?post=${POST}`, 200, 'application/json'],
    ['/api/search?q=TikTok', 200, 'text/html'],
    [`/kommentare/${POST}/`, 200, 'text/html'],
    [SET_PASSWORD_PATH, 410, 'text/html'],
    [MAIL_ACTION_PATH, 410, 'text/html'],
    [CONFIRM_PATH, 410, 'text/html'],
    [UNSUBSCRIBE_PATH, 410, 'text/html'],
    [MY_DATA_PATH, 410, 'text/html'],
    [`${MY_DATA_PATH}export`, 410, 'application/json'],
    [`${EDIT_PAGE_PATH}?id=unbekannt&token=0.${'0'.repeat(32)}`, 403, 'text/html'],
  ])('answers GET %s from its function (no "Function not found", no failed module load)', async (path, status, type) => {
    const res = await fetch(`${server.url}${path}`);
    const body = await res.text();
    expect({ status: res.status, body: res.status === status ? '' : body }).toEqual({ status, body: '' });
    expect(res.headers.get('content-type')).toContain(type);
  });

  it('runs on PostgreSQL, migrated by the function itself', async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'postgres' });
  });

  it('finds an article with the server-side search', async () => {
    const html = await (await fetch(`${server.url}/api/search?q=Einwilligung`)).text();
    expect(html).toContain(`/artikel/${POST}/`);
  });

  it('lets a moderator log in, see the queue, approve and remove; the list follows each decision', async () => {
    const session = await login(server, await createModerator(server));
    const { id } = (await (await postComment(server, validComment({ body: 'Wartet auf die Moderation.' }))).json()) as { id: string };
    const queue = await moderatorFetch(server, session, '/api/moderation/comments?status=pending');
    expect(queue.status).toBe(200);
    expect(JSON.stringify(await queue.json())).toContain(id);

    netlifyApi.purges.length = 0;
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${id}/approve`, { method: 'POST' })).status).toBe(200);
    expect((await listComments(server)).map((comment) => comment.id)).toContain(id);
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${id}`, { method: 'DELETE' })).status).toBeLessThan(300);
    expect((await listComments(server)).map((comment) => comment.id)).not.toContain(id);
    // Each decision purged the CDN's copies of the post's list and comments page before it was answered.
    const purge = { authorization: 'Bearer purge-token', body: { cache_tags: [`comments-${POST}`, 'comments-all'], site_id: 'klartext-site' } };
    expect(netlifyApi.purges).toEqual([purge, purge]);
  });

  it('lets the author edit and delete their comment (PATCH, DELETE, the no-JS page); a change to a published one purges the CDN tags', async () => {
    const { id, editToken } = (await (await postComment(server, validComment({ body: 'Vor der Änderung.' }))).json()) as { id: string; editToken: string };
    await setCommentStatus(server.services, id, 'approved');
    netlifyApi.purges.length = 0;
    const edit = await fetch(`${server.url}/api/comments/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ body: 'Nach der Änderung.', editToken }),
    });
    expect(edit.status).toBe(200);
    // Without Akismet every text waits for a moderator (COMMENT_AUTO_APPROVE=never): the edit takes it back to the queue.
    expect(await edit.json()).toMatchObject({ status: 'pending' });
    expect((await storedComments(server)).find((row) => row.id === id)).toMatchObject({ body_source: 'Nach der Änderung.', status: 'pending' });
    expect((await listComments(server)).map((comment) => comment.id)).not.toContain(id);
    expect(netlifyApi.purges).toEqual([{ authorization: 'Bearer purge-token', body: { cache_tags: [`comments-${POST}`, 'comments-all'], site_id: 'klartext-site' } }]);

    const page = await fetch(`${server.url}${EDIT_PAGE_PATH}?id=${id}&token=${editToken}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('>Nach der Änderung.</textarea>');

    const refused = await fetch(`${server.url}/api/comments/${id}`, { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(401);
    const deleted = await fetch(`${server.url}/api/comments/${id}`, { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ editToken }) });
    expect(deleted.status).toBe(200);
    expect((await storedComments(server)).find((row) => row.id === id)).toBeUndefined();

    const sent = await formPost(`${server.url}/api/comments`, { post: POST, name: 'Ohne Skript', email: 'ohne-skript@example.org', body: 'Über das Formular.' }, server.url);
    expect(sent.status).toBe(303);
    const link = sent.headers.get('location')!;
    expect(link.startsWith(`${EDIT_PAGE_PATH}?id=`)).toBe(true);
    const saved = await formPost(`${server.url}${EDIT_PAGE_PATH}`, { ...Object.fromEntries(new URL(link, server.url).searchParams), body: 'Über das Formular, korrigiert.', action: 'save' }, server.url);
    expect(saved.status).toBe(200);
    expect((await storedComments(server)).find((row) => row.author_email === 'ohne-skript@example.org')?.body_source).toBe('Über das Formular, korrigiert.');
  });

  it('tags the list and the comments page for the CDN with the post’s cache tag', async () => {
    for (const path of [`/api/comments?post=${POST}`, `/kommentare/${POST}/`]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.headers.get('cdn-cache-control')).toMatch(/public, max-age=\d+/);
      expect(res.headers.get('netlify-cache-tag')).toBe(`comments-${POST}`);
    }
  });

  it('answers the preview and the list pages’ comment counts from the function', async () => {
    const preview = await fetch(`${server.url}/api/comments/preview`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ post: POST, body: 'Ganz *klar*' }) });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toEqual({ html: renderCommentBody('Ganz *klar*') });
    const counts = await fetch(`${server.url}/api/comments/counts?posts=${POST}`);
    expect(counts.status).toBe(200);
    expect(await counts.json()).toEqual({ counts: { [POST]: expect.any(Number) } });
    expect(counts.headers.get('netlify-cache-tag')).toBe(`comments-${POST}`);
  });

  it('serves the comment feeds through the function, tagged so a removal purges them too', async () => {
    for (const [path, tag] of [[`/kommentare/${POST}/feed.xml`, `comments-${POST}`], ['/kommentare.xml', 'comments-all']] as const) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      expect(res.headers.get('netlify-cache-tag')).toBe(tag);
    }
  });

  it('mails the moderator a one-click link: GET shows a page, POST approves', async () => {
    const moderator = await createModerator(server);
    const body = 'Ein Kommentar für die Moderationsmail.';
    const { id } = (await (await postComment(server, validComment({ body }))).json()) as { id: string };
    const link = linkIn(await mailTo(server, smtp, moderator, body), MAIL_ACTION_PATH);
    expect(link.startsWith(`${server.url}${MAIL_ACTION_PATH}`)).toBe(true);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('method="post"');
    const done = await formPost(`${server.url}${MAIL_ACTION_PATH}`, { token: new URL(link).searchParams.get('token')! }, server.url);
    expect(done.status).toBe(200);
    expect((await storedComments(server)).find((row) => row.id === id)?.status).toBe('approved');
  });

  it('serves the set-password page behind a moderator’s invitation link', async () => {
    const email = await createModerator(server);
    const moderator = await server.services.db.selectFrom('moderators').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const link = await setPasswordLink(server.services.db, server.services.config.secret, server.url, moderator.id, new Date());
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('method="post"');
  });

  it('serves the comments page of a post with its form', async () => {
    const res = await fetch(`${server.url}/kommentare/${POST}/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<form class="comment-form"');
  });

  it('runs the scheduled function: a queued mail that is due goes out', async () => {
    await enqueueMail(server.services.db, { kind: 'test', to: 'nachzuegler@example.org', subject: 'Nachgereicht', text: 'Text', html: '<p>Text</p>' }, new Date(Date.now() - 60_000));
    const res = await fetch(`${server.url}/.netlify/functions/maintenance`, { method: 'POST' });
    expect(res.status).toBeLessThan(300);
    expect(smtp.mails.filter((m) => m.to.includes('nachzuegler@example.org'))).toHaveLength(1);
  });
});
