import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { strings } from '../../../src/strings.ts';
import { listComments, postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch, type ModeratorSession } from '../../support/moderatorClient.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('reports and moderation statistics on %s', (database) => {
  let server: SiteServer;
  let session: ModeratorSession;

  beforeAll(async () => {
    // One proxy in front: the tests speak for several readers through X-Forwarded-For.
    server = await startSiteServer(inject('siteDir'), { database, env: { COMMENT_AUTO_APPROVE: 'never', TRUST_PROXY: 'true' } });
    session = await login(server, await createModerator(server));
  });
  afterAll(async () => {
    await server?.close();
  });

  async function approvedComment(body: string): Promise<string> {
    const { id } = (await (await postComment(server, validComment({ body }))).json()) as { id: string };
    await moderatorFetch(server, session, `/api/moderation/comments/${id}/approve`, { method: 'POST' });
    return id;
  }
  const report = (id: string, reason: unknown, ip: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/comments/${id}/report`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip, ...headers }, body: JSON.stringify({ reason }) });

  it('sends a comment back to the queue after three reports from different readers, and no cookie to any of them', async () => {
    const id = await approvedComment('Ein umstrittener Kommentar.');
    const first = await report(id, 'insult', '198.51.100.1');
    expect(first.status).toBe(202);
    expect(first.headers.getSetCookie()).toEqual([]);
    // The same reader twice counts once.
    expect((await report(id, 'insult', '198.51.100.1')).status).toBe(202);
    expect((await report(id, 'off-topic', '198.51.100.2')).status).toBe(202);
    expect((await storedComments(server)).find((r) => r.id === id)!.status).toBe('approved');
    const list = await (await moderatorFetch(server, session, '/api/moderation/comments?status=approved')).json();
    expect(list.comments.find((c: { id: string }) => c.id === id).reports).toBe(2);
    expect((await report(id, 'insult', '198.51.100.3')).status).toBe(202);
    expect((await storedComments(server)).find((r) => r.id === id)!.status).toBe('pending');
    expect((await listComments(server)).map((c) => c.id)).not.toContain(id);
    const detail = await (await moderatorFetch(server, session, `/api/moderation/comments/${id}`)).json();
    expect(detail.comment.log.at(-1)).toMatchObject({ action: 'reported', moderator: null });
    // The moderators' mail says why readers sent it back.
    const notices = await server.services.db.selectFrom('outbox').select('text_body').where('kind', '=', 'moderator-notice').execute();
    const reasons = `${strings.moderation.rejectReasons.insult}, ${strings.moderation.rejectReasons['off-topic']}`;
    expect(notices.filter((mail) => mail.text_body.includes(strings.moderation.moderatorMail.reported(3, reasons)))).toHaveLength(1);
  });

  it('lists reported comments with their reasons for the moderators, and a decision handles the reports', async () => {
    const quiet = await approvedComment('Ein Kommentar ohne Meldung.');
    const id = await approvedComment('Ein einmal gemeldeter Kommentar.');
    const list = async (query: string) => (await (await moderatorFetch(server, session, `/api/moderation/comments?${query}`)).json()) as { comments: { id: string; reports: number; reportReasons: string[] }[]; total: number; counts: Record<string, number> };
    const before = await list('reported=1');
    expect((await report(id, 'advertising', '198.51.100.31')).status).toBe(202);
    expect((await report(id, 'insult', '198.51.100.32')).status).toBe(202);
    expect((await report(id, 'advertising', '198.51.100.33')).status).not.toBe(500);
    const reported = await list('reported=1');
    const entry = reported.comments.find((c) => c.id === id)!;
    expect(entry).toBeDefined();
    expect(reported.comments.map((c) => c.id)).not.toContain(quiet);
    expect(reported.counts.reported).toBe(before.counts.reported + 1);
    expect(reported.total).toBe(reported.counts.reported);
    // Three reports sent it back to the queue; the reasons, most frequent first.
    expect(entry).toMatchObject({ reports: 3, reportReasons: ['advertising', 'insult'] });
    expect((await list('reported=1&status=pending')).comments.map((c) => c.id)).toContain(id);
    expect((await list('reported=1&status=approved')).comments.map((c) => c.id)).not.toContain(id);

    // The moderator keeps it: approved again, reports handled, and one new report does not send it back at once.
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${id}/approve`, { method: 'POST' })).status).toBe(200);
    expect((await list('reported=1')).comments.map((c) => c.id)).not.toContain(id);
    expect((await report(id, 'insult', '198.51.100.34')).status).toBe(202);
    expect((await storedComments(server)).find((r) => r.id === id)!.status).toBe('approved');
    expect((await list('reported=1')).comments.find((c) => c.id === id)).toMatchObject({ reports: 1, reportReasons: ['insult'] });

    // Deleting a reported comment that has replies leaves a placeholder, but no open reports.
    const { id: reply } = (await (await postComment(server, validComment({ parent: id, body: 'Eine Antwort darauf.' }))).json()) as { id: string };
    expect(reply).toBeTruthy();
    expect((await moderatorFetch(server, session, `/api/moderation/comments/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await storedComments(server)).find((r) => r.id === id)!.deleted_at).not.toBeNull();
    expect((await list('reported=1')).comments.map((c) => c.id)).not.toContain(id);

    const bad = await moderatorFetch(server, session, '/api/moderation/comments?reported=vielleicht');
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty('reported');
  });

  it('refuses a report without a guideline reason, on a comment that is not public, and from another site', async () => {
    const id = await approvedComment('Noch einer.');
    const noReason = await report(id, 'gefällt mir nicht', '198.51.100.9');
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).fields).toHaveProperty('reason');
    expect((await report('gibt-es-nicht', 'insult', '198.51.100.9')).status).toBe(404);
    const { id: pending } = (await (await postComment(server, validComment())).json()) as { id: string };
    expect((await report(pending, 'insult', '198.51.100.9')).status).toBe(404);
    expect((await report(id, 'insult', '198.51.100.9', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('answers a report sent as a plain form post (no JavaScript) with pages: thanks through a redirect, refusals in German', async () => {
    const id = await approvedComment('Ein Kommentar für das Formular ohne Skript.');
    const formReport = (commentId: string, fields: Record<string, string>, ip: string) =>
      fetch(`${server.url}/api/comments/${commentId}/report`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null', 'X-Forwarded-For': ip },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });
    const noReason = await formReport(id, {}, '198.51.100.20');
    expect(noReason.status).toBe(400);
    const page = await noReason.text();
    expect(page).toContain(`<form class="report-form" id="meldung-${id}"`);
    expect(page).toContain('Bitte einen Grund aus den Leitlinien wählen.');

    const ok = await formReport(id, { reason: 'off-topic' }, '198.51.100.20');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/kommentare/dark-patterns-einwilligung/#meldung-eingegangen');
    expect(ok.headers.getSetCookie()).toEqual([]);
    expect(await server.services.db.selectFrom('reports').select('reason').where('comment_id', '=', id).execute()).toEqual([{ reason: 'off-topic' }]);

    const unknown = await formReport('gibt-es-nicht', { reason: 'insult' }, '198.51.100.20');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('text/html');
    expect(await unknown.text()).toContain('nicht mehr öffentlich');
    const { id: pending } = (await (await postComment(server, validComment())).json()) as { id: string };
    const notPublic = await formReport(pending, { reason: 'insult' }, '198.51.100.20');
    expect(notPublic.status).toBe(404);
    expect(await notPublic.text()).toContain('role="alert">Dieser Kommentar ist nicht mehr öffentlich');
  });

  it('publishes monthly counts per status and rejection reason, without personal data', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const { id } = (await (await postComment(server, validComment({ email: 'statistik@example.org', name: 'Statistik Person' }))).json()) as { id: string };
    await moderatorFetch(server, session, `/api/moderation/comments/${id}/reject`, { method: 'POST', body: { reason: 'unverifiable' } });
    const res = await fetch(`${server.url}/api/moderation-stats?month=${month}`);
    expect(res.status).toBe(200);
    const stats = await res.json();
    expect(stats.month).toBe(month);
    expect(stats.comments.rejected).toBeGreaterThanOrEqual(1);
    expect(stats.rejectReasons.unverifiable).toBeGreaterThanOrEqual(1);
    expect(Object.keys(stats.rejectReasons)).toEqual(['insult', 'off-topic', 'unverifiable', 'advertising', 'personal-data']);
    const text = JSON.stringify(stats);
    expect(text).not.toContain('statistik@example.org');
    expect(text).not.toContain('Statistik Person');
    const empty = await (await fetch(`${server.url}/api/moderation-stats?month=2001-01`)).json();
    expect(empty.comments).toEqual({ pending: 0, approved: 0, rejected: 0, spam: 0 });
    expect((await fetch(`${server.url}/api/moderation-stats?month=2026-13`)).status).toBe(400);
  });
});
