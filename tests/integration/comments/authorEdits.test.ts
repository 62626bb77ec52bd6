import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { setCommentStatus } from '../../../functions/comments/commentStatus.ts';
import { EDIT_WINDOW_MS, issueEditToken } from '../../../functions/comments/editToken.ts';
import { strings } from '../../../src/strings.ts';
import { startAkismetStandIn } from '../../support/akismetStandIn.ts';
import { listComments, POST, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch } from '../../support/moderatorClient.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { startSiteServer, TEST_SECRET, type SiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('a reader edits or deletes their own comment on %s', (database) => {
  let server: SiteServer;
  let akismet: Awaited<ReturnType<typeof startAkismetStandIn>>;
  const realNow = () => new Date();

  beforeAll(async () => {
    akismet = await startAkismetStandIn();
    server = await startSiteServer(inject('siteDir'), {
      database,
      env: { AKISMET_KEY: 'test-key', AKISMET_ENDPOINT: akismet.url, COMMENT_BLOCKED_WORDS: 'viagra', COMMENT_MODERATED_WORDS: 'idiot', RATE_LIMIT_MAX: '20' },
    });
  });
  afterAll(async () => {
    await server?.close();
    await akismet?.close();
  });
  beforeEach(async () => {
    akismet.mode = 'ham';
    server.services.now = realNow;
    await server.services.db.deleteFrom('comments').execute();
    await server.services.db.deleteFrom('moderation_log').execute();
    await server.services.db.deleteFrom('rate_limits').execute();
    server.services.cache.clear();
  });

  /** A comment sent through the API and published, with the token its 201 answer carried. */
  async function published(overrides: Record<string, unknown> = {}): Promise<{ id: string; editToken: string }> {
    const res = await postComment(server, validComment(overrides));
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { id: string; editToken: string };
    await setCommentStatus(server.services, answer.id, 'approved');
    return answer;
  }

  const send = (method: 'PATCH' | 'DELETE', id: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/comments/${encodeURIComponent(id)}`, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  async function row(id: string) {
    return (await storedComments(server)).find((r) => r.id === id);
  }

  it('changes a published comment: new text in the list at once, „bearbeitet“, the old text in the history moderators see', async () => {
    const { id, editToken } = await published({ body: 'Erste Fassung mit Tippfeler.' });
    // The list is cached now; the edit must drop it.
    expect((await listComments(server)).find((c) => c.id === id)).toMatchObject({ html: '<p>Erste Fassung mit Tippfeler.</p>' });
    expect((await listComments(server)).find((c) => c.id === id)).not.toHaveProperty('editedAt');

    const res = await send('PATCH', id, { body: 'Zweite Fassung, *ohne* Tippfehler.', editToken });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const answer = await res.json();
    expect(answer).toEqual({ id, status: 'approved', html: '<p>Zweite Fassung, <em>ohne</em> Tippfehler.</p>', editedAt: expect.any(String) });

    const listed = (await listComments(server)).find((c) => c.id === id);
    expect(listed).toMatchObject({ html: '<p>Zweite Fassung, <em>ohne</em> Tippfehler.</p>', editedAt: answer.editedAt });
    const page = await (await fetch(`${server.url}/kommentare/${POST}/`)).text();
    expect(page).toContain(`<span class="comment-edited"`);
    expect(page).toContain(`>${strings.commentEdits.edited}</span>`);

    // Akismet judged the new text too.
    expect(akismet.requests.at(-1)).toMatchObject({ comment_content: 'Zweite Fassung, *ohne* Tippfehler.' });

    const session = await login(server, await createModerator(server));
    const detail = (await (await moderatorFetch(server, session, `/api/moderation/comments/${id}`)).json()) as { comment: { edits: unknown[]; log: unknown[] } };
    expect(detail.comment.edits).toEqual([{ previousBody: 'Erste Fassung mit Tippfeler.', moderator: null, moderatorName: null, createdAt: answer.editedAt }]);
    expect(detail.comment.log).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'author-edit', moderator: null })]));
  });

  it('sends an edit that now needs moderation back to the queue, and a spammy one to spam (answered as pending)', async () => {
    const first = await published();
    const res = await send('PATCH', first.id, { body: 'Du bist ein Idiot.', editToken: first.editToken });
    expect(await res.json()).toMatchObject({ status: 'pending' });
    expect(await row(first.id)).toMatchObject({ status: 'pending', body_source: 'Du bist ein Idiot.' });
    expect(JSON.parse((await row(first.id))!.spam_reasons)).toContain('moderated-word');
    expect((await listComments(server)).map((c) => c.id)).not.toContain(first.id);

    const second = await published();
    const links = await send('PATCH', second.id, { body: 'Siehe https://a.example und https://b.example.', editToken: second.editToken });
    expect(await links.json()).toMatchObject({ status: 'pending' });
    expect(await row(second.id)).toMatchObject({ status: 'pending' });

    const third = await published();
    akismet.mode = 'spam';
    const spam = await send('PATCH', third.id, { body: 'Billige Uhren hier.', editToken: third.editToken });
    expect(await spam.json()).toMatchObject({ status: 'pending' });
    expect(await row(third.id)).toMatchObject({ status: 'spam' });
  });

  it('lets the author fix a comment that still waits for a moderator; it keeps waiting', async () => {
    const res = await postComment(server, validComment({ body: 'Noch nicht freigeschaltet.' }));
    const { id, editToken } = (await res.json()) as { id: string; editToken: string };
    const edit = await send('PATCH', id, { body: 'Noch nicht freigeschaltet, aber verbessert.', editToken });
    expect(await edit.json()).toMatchObject({ status: 'pending' });
    expect(await row(id)).toMatchObject({ status: 'pending', body_source: 'Noch nicht freigeschaltet, aber verbessert.' });
  });

  it('refuses without a token (401), with another comment’s, a forged or an expired one (403), and changes nothing', async () => {
    const mine = await published({ body: 'Mein Text bleibt.' });
    const other = await published({ body: 'Ein anderer Text.' });
    const cases: Array<[unknown, number, string]> = [
      [undefined, 401, 'edit-token-missing'],
      ['', 401, 'edit-token-missing'],
      [other.editToken, 403, 'edit-token-invalid'],
      [`${mine.editToken.split('.')[0]}.${'0'.repeat(32)}`, 403, 'edit-token-invalid'],
      // A longer window than the service hands out, signed with the right key, is still refused.
      [issueEditToken(TEST_SECRET, mine.id, new Date(Date.now() + EDIT_WINDOW_MS)), 403, 'edit-token-invalid'],
      ['kaputt', 403, 'edit-token-invalid'],
    ];
    for (const [editToken, status, code] of cases) {
      const patch = await send('PATCH', mine.id, { body: 'Übernommen?', editToken });
      expect({ status: patch.status, code: (await patch.json()).code }).toEqual({ status, code });
      const del = await send('DELETE', mine.id, { editToken });
      expect({ status: del.status, code: (await del.json()).code }).toEqual({ status, code });
    }
    // A DELETE without any body: no token.
    expect((await fetch(`${server.url}/api/comments/${mine.id}`, { method: 'DELETE' })).status).toBe(401);

    server.services.now = () => new Date(Date.now() + EDIT_WINDOW_MS + 1000);
    const late = await send('PATCH', mine.id, { body: 'Zu spät.', editToken: mine.editToken });
    expect({ status: late.status, code: (await late.json()).code }).toEqual({ status: 403, code: 'edit-token-expired' });
    expect((await send('DELETE', mine.id, { editToken: mine.editToken })).status).toBe(403);
    server.services.now = realNow;

    expect(await row(mine.id)).toMatchObject({ body_source: 'Mein Text bleibt.', status: 'approved', edited_at: null });
    expect(await server.services.db.selectFrom('comment_edits').selectAll().execute()).toEqual([]);
  });

  it('answers 400 naming the field for a malformed body, after the token', async () => {
    const { id, editToken } = await published();
    const cases: Array<[unknown, string]> = [
      [{ editToken }, 'body'],
      [{ editToken, body: '   ' }, 'body'],
      [{ editToken, body: 42 }, 'body'],
      [{ editToken, body: 'x'.repeat(5001) }, 'body'],
      [{ editToken: ['a'], body: 'Text' }, 'editToken'],
    ];
    for (const [payload, field] of cases) {
      const res = await send('PATCH', id, payload);
      expect(res.status).toBe(400);
      expect(Object.keys((await res.json()).fields)).toEqual([field]);
    }
    expect((await send('PATCH', id, '{"body": ')).status).toBe(400);
    // Without a valid token the text is not even looked at.
    expect((await send('PATCH', id, { body: '' })).status).toBe(401);
  });

  it('refuses a cross-site request like every other write (CSRF)', async () => {
    const { id, editToken } = await published({ body: 'Bleibt, wie er ist.' });
    expect((await send('PATCH', id, { body: 'Fremd geändert.', editToken }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await send('DELETE', id, { editToken }, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect(await row(id)).toMatchObject({ body_source: 'Bleibt, wie er ist.' });
  });

  it('rate-limits edits like new comments', async () => {
    const { id, editToken } = await published();
    // The 21 edits must be counted in one window.
    await awayFromWindowEdge(server.services.config.rateLimit.windowMs, 10_000);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await send('PATCH', id, { body: `Fassung ${i}`, editToken })).status);
    expect(statuses).toEqual(Array(20).fill(200));
    const limited = await send('PATCH', id, { body: 'Noch eine.', editToken });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses an edit to the text of another comment of the same author on the article (409)', async () => {
    const email = 'doppelt@example.org';
    await published({ email, body: 'Schon einmal gesagt.' });
    const { id, editToken } = await published({ email, body: 'Etwas anderes.' });
    expect((await send('PATCH', id, { body: 'Schon einmal gesagt.', editToken })).status).toBe(409);
  });

  it('deletes a comment without replies, and leaves a placeholder where it has some', async () => {
    const lonely = await published();
    const res = await send('DELETE', lonely.id, { editToken: lonely.editToken });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: lonely.id, deleted: true });
    expect(await row(lonely.id)).toBeUndefined();

    const parent = await published({ body: 'Mit Antwort.' });
    const reply = await published({ parent: parent.id, body: 'Die Antwort.' });
    expect((await listComments(server)).map((c) => c.id)).toEqual([parent.id, reply.id]);
    expect((await send('DELETE', parent.id, { editToken: parent.editToken })).status).toBe(200);
    const list = await listComments(server);
    expect(list.map((c) => c.id)).toEqual([parent.id, reply.id]);
    expect(list[0]).toMatchObject({ name: strings.moderation.deletedAuthor, html: `<p>${strings.commentEdits.deletedByAuthor}</p>` });
    expect(await row(parent.id)).toMatchObject({ author_email: '', body_source: '', deleted_at: expect.any(String) });
    // Gone is gone: the token no longer finds anything to change.
    expect((await send('PATCH', parent.id, { body: 'Wieder da?', editToken: parent.editToken })).status).toBe(404);
  });

  describe('without JavaScript', () => {
    const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', ...headers },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });

    it('leads from the form post to the confirmation page, whose form changes and then deletes the comment', async () => {
      const sent = await form('/api/comments', { post: POST, name: 'Carla', email: 'carla-edit@example.org', body: 'Ohne Skript geschrieben.' });
      expect(sent.status).toBe(303);
      const link = sent.headers.get('location')!;
      const { id, token } = Object.fromEntries(new URL(link, server.url).searchParams) as { id: string; token: string };

      const page = await fetch(`${server.url}${link}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('set-cookie')).toBeNull();
      const html = await page.text();
      expect(html).toContain(strings.comments.pending);
      expect(html).toContain('<form class="comment-edit-form" method="post" action="/kommentare/bearbeiten/">');
      expect(html).toContain('>Ohne Skript geschrieben.</textarea>');
      expect(html).not.toContain('<script');

      const empty = await form('/kommentare/bearbeiten/', { id, token, body: '', action: 'save' });
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain(strings.commentFields.required);

      const saved = await form('/kommentare/bearbeiten/', { id, token, body: 'Ohne Skript verbessert.', action: 'save' });
      expect(saved.status).toBe(200);
      expect(await saved.text()).toContain(strings.commentEdits.savedPending);
      expect(await row(id)).toMatchObject({ body_source: 'Ohne Skript verbessert.', edited_at: expect.any(String) });

      expect((await form('/kommentare/bearbeiten/', { id, token, body: 'Fremd.', action: 'save' }, { Origin: 'https://evil.example' })).status).toBe(403);

      const deleted = await form('/kommentare/bearbeiten/', { id, token, action: 'delete' });
      expect(deleted.status).toBe(200);
      expect(await deleted.text()).toContain(strings.commentEdits.deleted);
      expect(await row(id)).toBeUndefined();
    });

    it('shows no form for a forged or expired link', async () => {
      const { id, editToken } = await published();
      const forged = await fetch(`${server.url}/kommentare/bearbeiten/?id=${id}&token=${editToken.slice(0, -1)}${editToken.endsWith('0') ? '1' : '0'}`);
      expect(forged.status).toBe(403);
      expect(await forged.text()).not.toContain('<form');
      server.services.now = () => new Date(Date.now() + EDIT_WINDOW_MS + 1000);
      const expired = await fetch(`${server.url}/kommentare/bearbeiten/?id=${id}&token=${editToken}`);
      expect(expired.status).toBe(403);
      expect(await expired.text()).toContain(strings.commentEdits.expired);
    });
  });
});
