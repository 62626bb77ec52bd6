import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { drainFeedback } from '../../../functions/moderation/akismetFeedback.ts';
import { startAkismetStandIn } from '../../support/akismetStandIn.ts';
import { listComments, OTHER_POST, POST, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch, type ModeratorSession } from '../../support/moderatorClient.ts';
import { SERVICE_TARGETS, startServiceTarget } from '../../support/serviceTarget.ts';
import type { SiteServer } from '../../support/siteServer.ts';

describe.each(SERVICE_TARGETS)('moderation API on %s', (target) => {
  let server: SiteServer;
  let akismet: Awaited<ReturnType<typeof startAkismetStandIn>>;
  let session: ModeratorSession;

  beforeAll(async () => {
    akismet = await startAkismetStandIn();
    server = await startServiceTarget(target, inject('siteDir'), { env: { AKISMET_KEY: 'test-key', AKISMET_ENDPOINT: akismet.url, COMMENT_AUTO_APPROVE: 'never' } });
    session = await login(server, await createModerator(server));
  });
  afterAll(async () => {
    await server?.close();
    await akismet?.close();
  });
  beforeEach(async () => {
    akismet.submissions.length = 0;
    akismet.failSubmissions = false;
    await server.services.db.deleteFrom('akismet_feedback').execute();
    await server.services.db.deleteFrom('comments').execute();
    server.services.cache.clear();
  });

  async function submit(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await postComment(server, validComment(overrides));
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  const act = (id: string, action: string, body?: unknown) => moderatorFetch(server, session, `/api/moderation/comments/${id}/${action}`, { method: 'POST', body });

  it('lists comments newest first with their spam reasons, post title, counts per status and filters', async () => {
    const first = await submit({ name: 'Erste', body: 'Ein Wort über Katzen.' });
    const second = await submit({ name: 'Zweite', body: 'Siehe https://a.example und https://b.example' });
    const other = await submit({ post: OTHER_POST, body: 'Anderer Artikel.', token: undefined });
    await act(first, 'approve');
    const res = await moderatorFetch(server, session, '/api/moderation/comments?status=pending');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const list = await res.json();
    expect(list.comments.map((c: { id: string }) => c.id)).toEqual([other, second]);
    expect(list.counts).toEqual({ pending: 2, approved: 1, rejected: 0, spam: 0, reported: 0 });
    expect(list.total).toBe(2);
    const secondRow = list.comments.find((c: { id: string }) => c.id === second);
    expect(secondRow).toMatchObject({ post: POST, postTitle: expect.any(String), name: 'Zweite', email: expect.stringContaining('@example.org'), status: 'pending' });
    expect(secondRow.spamReasons).toContain('links');
    expect(list.comments.find((c: { id: string }) => c.id === other).spamReasons).toContain('token-missing');
    expect(list.rejectReasons.map((r: { code: string }) => r.code)).toEqual(['insult', 'off-topic', 'unverifiable', 'advertising', 'personal-data']);

    const byPost = await (await moderatorFetch(server, session, `/api/moderation/comments?post=${OTHER_POST}`)).json();
    expect(byPost.comments.map((c: { id: string }) => c.id)).toEqual([other]);
    const search = await (await moderatorFetch(server, session, '/api/moderation/comments?q=KATZEN')).json();
    expect(search.comments.map((c: { id: string }) => c.id)).toEqual([first]);
    // LIKE wildcards are searched literally.
    expect((await (await moderatorFetch(server, session, '/api/moderation/comments?q=%25')).json()).comments).toEqual([]);

    const bad = await moderatorFetch(server, session, '/api/moderation/comments?status=alles&page=0');
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty('status');
    expect((await (await moderatorFetch(server, session, '/api/moderation/comments?page=x')).json()).fields).toHaveProperty('page');
  });

  it('approves a comment, which readers see at once', async () => {
    const id = await submit({ body: 'Bitte freischalten.' });
    expect(await listComments(server)).toEqual([]);
    const res = await act(id, 'approve');
    expect(res.status).toBe(200);
    expect((await res.json()).comment).toMatchObject({ id, status: 'approved' });
    expect((await listComments(server)).map((c) => c.id)).toEqual([id]);
  });

  it('rejects only with a reason from the guidelines and keeps the reason', async () => {
    const id = await submit();
    const missing = await act(id, 'reject', {});
    expect(missing.status).toBe(400);
    expect((await missing.json()).fields).toHaveProperty('reason');
    expect((await act(id, 'reject', { reason: 'mag ich nicht' })).status).toBe(400);
    const res = await act(id, 'reject', { reason: 'off-topic' });
    expect((await res.json()).comment).toMatchObject({ status: 'rejected', rejectReason: 'off-topic' });
    const detail = await (await moderatorFetch(server, session, `/api/moderation/comments/${id}`)).json();
    expect(detail.comment.log).toEqual([expect.objectContaining({ action: 'reject', reason: 'off-topic' })]);
  });

  // In the test process only: it waits for the service's own queue and drives its clock.
  if (target !== 'netlify') it('sends spam and ham verdicts to Akismet with the original fields, and retries when Akismet is away', async () => {
    const spam = await submit({ name: 'Spammer', email: 'spam@example.org', url: 'https://spam.example', body: 'Kaufen Sie jetzt!' });
    const ham = await submit({ name: 'Echt', body: 'Ein echter Kommentar.' });
    expect((await act(spam, 'spam')).status).toBe(200);
    expect((await act(ham, 'ham')).status).toBe(200);
    await server.services.queues.idle();
    expect(akismet.submissions.map((s) => s.verdict).sort()).toEqual(['ham', 'spam']);
    const spamFields = akismet.submissions.find((s) => s.verdict === 'spam')!.fields;
    expect(spamFields).toMatchObject({
      blog: 'http://localhost:4321',
      comment_author: 'Spammer',
      comment_author_email: 'spam@example.org',
      comment_author_url: 'https://spam.example/',
      comment_content: 'Kaufen Sie jetzt!',
      comment_type: 'comment',
      permalink: `http://localhost:4321/artikel/${POST}/`,
    });
    const rows = await storedComments(server);
    expect(rows.find((r) => r.id === spam)!.status).toBe('spam');
    expect(rows.find((r) => r.id === ham)!.status).toBe('approved');

    akismet.failSubmissions = true;
    const later = await submit({ body: 'Noch ein Spam.' });
    await act(later, 'spam');
    await server.services.queues.idle();
    let job = await server.services.db.selectFrom('akismet_feedback').selectAll().where('comment_id', '=', later).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.next_attempt_at > new Date().toISOString()).toBe(true);
    // Not due yet: nothing is sent.
    expect(await drainFeedback(server.services.db, server.services.akismetFeedback!, () => new Date())).toBe(0);
    akismet.failSubmissions = false;
    expect(await drainFeedback(server.services.db, server.services.akismetFeedback!, () => new Date(Date.now() + 60_000))).toBe(1);
    job = await server.services.db.selectFrom('akismet_feedback').selectAll().where('comment_id', '=', later).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'sent', attempts: 2 });
    expect(akismet.submissions.filter((s) => s.fields.comment_content === 'Noch ein Spam.')).toHaveLength(1);
  });

  it('applies bulk actions to a list of ids and names the ones that do not exist', async () => {
    const ids = [await submit(), await submit(), await submit()];
    const res = await moderatorFetch(server, session, '/api/moderation/comments/bulk', { method: 'POST', body: { action: 'approve', ids: [...ids, 'gibt-es-nicht'] } });
    expect(res.status).toBe(200);
    expect((await res.json()).results).toEqual({ [ids[0]!]: 'ok', [ids[1]!]: 'ok', [ids[2]!]: 'ok', 'gibt-es-nicht': 'not-found' });
    expect((await listComments(server)).map((c) => c.id).sort()).toEqual([...ids].sort());
    const empty = await moderatorFetch(server, session, '/api/moderation/comments/bulk', { method: 'POST', body: { action: 'approve', ids: [] } });
    expect((await empty.json()).fields).toHaveProperty('ids');
    const badAction = await moderatorFetch(server, session, '/api/moderation/comments/bulk', { method: 'POST', body: { action: 'publish', ids } });
    expect((await badAction.json()).fields).toHaveProperty('action');
    const rejectNoReason = await moderatorFetch(server, session, '/api/moderation/comments/bulk', { method: 'POST', body: { action: 'reject', ids } });
    expect(rejectNoReason.status).toBe(400);
    expect((await listComments(server))).toHaveLength(3);
  });

  it('edits a comment’s text, sanitized, and keeps the old text in the history', async () => {
    const id = await submit({ body: 'Urspruenglicher Text mit Tippfehler.' });
    await act(id, 'approve');
    const res = await moderatorFetch(server, session, `/api/moderation/comments/${id}`, { method: 'PATCH', body: { body: 'Korrigierter Text <script>x</script>' } });
    expect(res.status).toBe(200);
    const { comment } = await res.json();
    expect(comment.body).toBe('Korrigierter Text <script>x</script>');
    expect(comment.edits).toEqual([expect.objectContaining({ previousBody: 'Urspruenglicher Text mit Tippfehler.' })]);
    expect((await listComments(server))[0]!.html).toBe('<p>Korrigierter Text &lt;script&gt;x&lt;/script&gt;</p>');
    const empty = await moderatorFetch(server, session, `/api/moderation/comments/${id}`, { method: 'PATCH', body: { body: '  ' } });
    expect((await empty.json()).fields).toHaveProperty('body');
  });

  it('deletes a comment without replies, and keeps a thread as "Kommentar gelöscht"', async () => {
    const lonely = await submit();
    const parent = await submit({ name: 'Eltern', email: 'eltern@example.org', body: 'Ich werde gelöscht.' });
    await act(parent, 'approve');
    const reply = await submit({ parent, body: 'Eine Antwort.' });
    await act(reply, 'approve');
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${lonely}`, { method: 'DELETE' })).status).toBe(204);
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${parent}`, { method: 'DELETE' })).status).toBe(204);
    const rows = await storedComments(server);
    expect(rows.map((r) => r.id).sort()).toEqual([parent, reply].sort());
    const kept = rows.find((r) => r.id === parent)!;
    expect(kept).toMatchObject({ author_email: '', body_source: '', ip_hash: null });
    expect(JSON.stringify(kept)).not.toContain('eltern@example.org');
    const list = await listComments(server);
    expect(list.map((c) => [c.id, c.parent])).toEqual([[parent, null], [reply, parent]]);
    expect(list[0]!.html).toBe('<p>Kommentar gelöscht</p>');
    expect((await moderatorFetch(server, session, '/api/moderation/comments/gibt-es-nicht', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses every moderation request without a session, from another site or without the CSRF token', async () => {
    const id = await submit();
    expect((await fetch(`${server.url}/api/moderation/comments`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/moderation/comments/${id}/approve`, { method: 'POST', headers: { Origin: server.url } })).status).toBe(401);
    const crossSite = await moderatorFetch(server, session, `/api/moderation/comments/${id}/approve`, { method: 'POST', headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const noToken = await moderatorFetch(server, session, `/api/moderation/comments/${id}/approve`, { method: 'POST', headers: { 'X-CSRF-Token': '' } });
    expect(noToken.status).toBe(403);
    const noOrigin = await fetch(`${server.url}/api/moderation/comments/${id}/approve`, { method: 'POST', headers: { Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken } });
    expect(noOrigin.status).toBe(403);
    const deleteCrossSite = await moderatorFetch(server, session, `/api/moderation/comments/${id}`, { method: 'DELETE', headers: { 'Sec-Fetch-Site': 'same-site', Origin: 'https://blog.evil.example' } });
    expect(deleteCrossSite.status).toBe(403);
    expect((await storedComments(server))[0]).toMatchObject({ id, status: 'pending' });
  });
});
