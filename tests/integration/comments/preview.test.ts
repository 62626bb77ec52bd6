import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderCommentBody } from '../../../functions/comments/renderBody.ts';
import { PREVIEWS_PER_SUBMISSION } from '../../../functions/comments/previewRoutes.ts';
import { strings } from '../../../src/strings.ts';
import { POST } from '../../support/commentClient.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('comment preview on %s', (database) => {
  let server: SiteServer;

  beforeAll(async () => {
    // One submission per window: previews get PREVIEWS_PER_SUBMISSION of their own.
    server = await startSiteServer(inject('siteDir'), { database, env: { RATE_LIMIT_MAX: '1' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const preview = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/comments/preview`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '', ...headers }, body: JSON.stringify(body) });

  it('answers the HTML the server would store, sanitized, and stores nothing', async () => {
    const body = 'Hallo *Welt* <script>alert(1)</script> [Link](javascript:alert(1)) https://example.org/';
    const res = await preview({ post: POST, body });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const answer = (await res.json()) as { html: string };
    expect(answer).toEqual({ html: renderCommentBody(body) });
    expect(answer.html).toContain('<em>Welt</em>');
    expect(answer.html).not.toMatch(/<script|href="javascript/i);
    expect(await server.services.db.selectFrom('comments').select('id').execute()).toEqual([]);
  });

  it('refuses a missing body, a body that is no text and an unknown post, naming the field', async () => {
    const missing = await preview({ post: POST });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { fields: Record<string, string> }).fields).toEqual({ body: strings.commentFields.required });
    const notText = await preview({ post: POST, body: ['a'] });
    expect(notText.status).toBe(400);
    expect(Object.keys(((await notText.json()) as { fields: Record<string, string> }).fields)).toEqual(['body']);
    const noPost = await preview({ body: 'x' });
    expect(Object.keys(((await noPost.json()) as { fields: Record<string, string> }).fields)).toEqual(['post']);
    expect((await preview({ post: 'gibt-es-nicht', body: 'x' })).status).toBe(404);
    expect((await preview({ post: POST, body: 'x'.repeat(5001) })).status).toBe(400);
  });

  it('refuses a post from another site', async () => {
    expect((await preview({ post: POST, body: 'x' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('answers only POST', async () => {
    const res = await fetch(`${server.url}/api/comments/preview`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('limits previews per network in their own window', async () => {
    await server.services.db.deleteFrom('rate_limits').execute();
    // The 22 previews must be counted in one window.
    await awayFromWindowEdge(server.services.config.rateLimit.windowMs, 10_000);
    const statuses: number[] = [];
    for (let i = 0; i <= PREVIEWS_PER_SUBMISSION; i++) statuses.push((await preview({ post: POST, body: `Text ${i}` })).status);
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    const limited = await preview({ post: POST, body: 'noch einer' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
