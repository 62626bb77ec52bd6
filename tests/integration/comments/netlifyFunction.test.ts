import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import handler, { config } from '../../../functions/api.ts';
import { openDatabase } from '../../../functions/db/openDatabase.ts';
import { MAIL_ACTION_PATH } from '../../../functions/mail/moderatorNotice.ts';
import { CONFIRM_PATH, UNSUBSCRIBE_PATH } from '../../../functions/mail/readerNotifications.ts';
import { addModerator, SET_PASSWORD_PATH, setModeratorPassword } from '../../../functions/moderation/moderators.ts';
import { MY_DATA_PATH } from '../../../functions/privacy/dataAccessRoutes.ts';
import { keyedHash } from '../../../functions/privacy/keyedHash.ts';
import { POST, validComment } from '../../support/commentClient.ts';
import { GOOD_PASSWORD } from '../../support/moderatorClient.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';
import { startSmtpServer } from '../../support/smtpServer.ts';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase.ts';

describe('functions/api.ts (Netlify Functions v2 entry point) on PostgreSQL', () => {
  let database: TestDatabase;
  const saved = { ...process.env };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    Object.assign(process.env, { DATABASE_URL: database.url, SITE_DIR: inject('siteDir'), SECRET: TEST_SECRET, SITE_URL: 'https://klartext.example' });
  });
  afterAll(async () => {
    process.env = saved;
    await database?.drop();
  });

  it('claims every address the service answers, and leaves the static site to the CDN', () => {
    const claimed = (path: string) => config.path.some((pattern) => new URLPattern({ pathname: pattern }).test({ pathname: path }));
    const service = ['/api/comments', '/api/moderation/comments/abc/approve', `/kommentare/${POST}/`, `/kommentare/${POST}/feed.xml`, '/kommentare.xml', SET_PASSWORD_PATH, MAIL_ACTION_PATH, CONFIRM_PATH, UNSUBSCRIBE_PATH, MY_DATA_PATH, `${MY_DATA_PATH}export`];
    expect(service.filter((path) => !claimed(path))).toEqual([]);
    expect(['/', `/artikel/${POST}/`, '/moderation/', '/datenschutz/', '/kommentare/'].filter(claimed)).toEqual([]);
  });

  it('serves the pages behind mail links: a forged unsubscribe link gets the German 410 page', async () => {
    const res = await handler(new Request(`https://klartext.example${UNSUBSCRIBE_PATH}?token=forged`));
    expect(res.status).toBe(410);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('answers a Request with a Response, migrating the database on the first call', async () => {
    const res = await handler(new Request('https://klartext.example/api/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'postgres' });
  });

  it('stores a comment with the hash of the IP address Netlify reports', async () => {
    const request = new Request('https://klartext.example/api/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Forwarded-For': '10.0.0.1' },
      body: JSON.stringify(validComment()),
    });
    const res = await handler(request, { ip: '198.51.100.7' });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const { db } = await openDatabase(database.url);
    try {
      const row = await db.selectFrom('comments').select(['ip_hash', 'post_slug']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toEqual({ ip_hash: keyedHash(TEST_SECRET, 'ip', '198.51.100.7'), post_slug: POST });
    } finally {
      await db.destroy();
    }
  });

  it('keeps the instance alive (context.waitUntil) until the mail a request queued is sent', async () => {
    const smtp = await startSmtpServer();
    // A fresh instance of the function with mail configured: the module reads the environment on its first request.
    process.env.SMTP_URL = smtp.url;
    process.env.COMMENT_AUTO_APPROVE = 'never';
    vi.resetModules();
    const { default: fresh } = await import('../../../functions/api.ts');
    try {
      const { db } = await openDatabase(database.url);
      const moderator = await addModerator(db, 'wartend@example.org', 'Moderatorin', new Date());
      await setModeratorPassword(db, moderator!.id, GOOD_PASSWORD, new Date());
      await db.destroy();
      const pending: Promise<unknown>[] = [];
      const request = new Request('https://klartext.example/api/comments', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(validComment({ body: 'Bitte freischalten.' })) });
      expect((await fresh(request, { ip: '198.51.100.8', waitUntil: (promise: Promise<unknown>) => void pending.push(promise) })).status).toBe(201);
      expect(pending).toHaveLength(1);
      await Promise.all(pending);
      expect(smtp.mails.filter((mail) => mail.to.includes('wartend@example.org') && mail.decoded.includes('Bitte freischalten.'))).toHaveLength(1);
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.COMMENT_AUTO_APPROVE;
      await smtp.close();
    }
  });

  it('serves the comments page of a post', async () => {
    const res = await handler(new Request(`https://klartext.example/kommentare/${POST}/`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<form class="comment-form"');
  });
});
