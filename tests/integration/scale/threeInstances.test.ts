import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../functions/db/openDatabase.ts';
import { setupLink } from '../../../functions/moderation/moderators.ts';
import { POST, tokenFor, validComment } from '../../support/commentClient.ts';
import { GOOD_PASSWORD, login, moderatorFetch, type ModeratorSession } from '../../support/moderatorClient.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { startServiceInstances, type ServiceInstances } from '../../support/serviceInstances.ts';
import type { SiteServer } from '../../support/siteServer.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';
import { startSmtpServer } from '../../support/smtpServer.ts';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase.ts';

const RATE_LIMIT_MAX = 5;
const RATE_LIMIT_WINDOW_MINUTES = 10;

/**
 * Three self-hosted processes on one PostgreSQL database, as behind a load
 * balancer or as serverless instances: what one instance decides, every other
 * one must know at its next request.
 */
describe('three instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let open: OpenDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let instances: ServiceInstances;
  let servers: SiteServer[];
  let session: ModeratorSession;
  let network = 0;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    smtp = await startSmtpServer();
    instances = await startServiceInstances(3, {
      DATABASE_URL: database.url,
      SECRET: TEST_SECRET,
      SITE_DIR: inject('siteDir'),
      SITE_URL: 'https://klartext.example',
      SMTP_URL: smtp.url,
      COMMENT_AUTO_APPROVE: 'never',
      RATE_LIMIT_MAX: String(RATE_LIMIT_MAX),
      RATE_LIMIT_WINDOW_MINUTES: String(RATE_LIMIT_WINDOW_MINUTES),
      // Each test speaks from its own network, so the rate limits of one test do not reach into the next.
      TRUST_PROXY: '1',
      // The instances share the test run's built site: none of them rebuilds it.
      REBUILD_ON_SCHEDULE: 'false',
    });
    servers = instances.urls.map((url) => ({ url }) as SiteServer);
    open = await openDatabase(database.url);
  }, 120_000);
  afterAll(async () => {
    await instances?.stop();
    await open?.db.destroy();
    await smtp?.close();
    await database?.drop();
  });

  /** A reader's network of its own (rate limits count per network). */
  const newReader = () => `10.${++network}.0.1`;

  function post(server: SiteServer, body: unknown, ip: string): Promise<Response> {
    return fetch(`${server.url}/api/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Forwarded-For': ip }, body: JSON.stringify(body) });
  }

  async function listed(server: SiteServer): Promise<string[]> {
    const res = await fetch(`${server.url}/api/comments?post=${POST}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { comments: Array<{ id: string }> }).comments.map((comment) => comment.id);
  }

  it('lets exactly one of three concurrent uses of the first-moderator link create the account', async () => {
    const link = await setupLink(open.db, TEST_SECRET, 'https://klartext.example', new Date());
    const token = new URL(link).searchParams.get('token')!;
    const answers = await Promise.all(
      servers.map((server, i) =>
        fetch(`${server.url}/moderation/passwort/`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
          body: new URLSearchParams({ token, email: `chefin${i}@example.org`, name: `Chefin ${i}`, password: GOOD_PASSWORD, repeat: GOOD_PASSWORD }).toString(),
        }),
      ),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([200, 410, 410]);
    const moderators = await open.db.selectFrom('moderators').select('email').execute();
    expect(moderators).toHaveLength(1);
    session = await login(servers[0]!, moderators[0]!.email);
  });

  it('shows an approval made on one instance on the next list request of every other instance, and a removal too', async () => {
    const res = await post(servers[1]!, validComment({ body: 'Ein Kommentar, der erst freigegeben und dann entfernt wird.' }), newReader());
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    // Every instance has read (and cached) the list before the decision.
    for (const server of servers) expect(await listed(server)).not.toContain(id);

    expect((await moderatorFetch(servers[0]!, session, `/api/moderation/comments/${id}/approve`, { method: 'POST' })).status).toBe(200);
    for (const server of servers) expect(await listed(server)).toContain(id);

    expect((await moderatorFetch(servers[0]!, session, `/api/moderation/comments/${id}`, { method: 'DELETE' })).status).toBe(204);
    for (const server of servers) expect(await listed(server)).not.toContain(id);
  });

  it('holds the rate limit across instances: of twelve concurrent comments from one network, five are taken', async () => {
    const ip = newReader();
    // The twelve comments must be counted in one window; the instances share this machine's clock.
    await awayFromWindowEdge(RATE_LIMIT_WINDOW_MINUTES * 60_000, 10_000);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(servers[i % 3]!, validComment(), ip)));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(RATE_LIMIT_MAX);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - RATE_LIMIT_MAX);
  });

  it('stores a comment sent to all three instances at once only once', async () => {
    const comment = validComment({ body: 'Doppelt abgeschickt, einmal gespeichert.' });
    const answers = await Promise.all(servers.map((server) => post(server, comment, newReader())));
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409]);
    const stored = await open.db.selectFrom('comments').select('id').where('body_source', '=', 'Doppelt abgeschickt, einmal gespeichert.').execute();
    expect(stored).toHaveLength(1);
  });

  it('sends every queued mail exactly once while three instances drain the outbox', async () => {
    // Each pending comment queues a notice to the moderator; all three instances drain at once.
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => post(servers[i % 3]!, validComment({ token: tokenFor(POST) }), newReader())));
    expect(answers.every((res) => res.status === 201)).toBe(true);
    await expect.poll(async () => (await open.db.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute()).length, { timeout: 30_000 }).toBe(0);
    const queued = await open.db.selectFrom('outbox').select(['id', 'subject']).execute();
    expect(queued.length).toBeGreaterThanOrEqual(9);
    // No instance sends a mail another one has claimed: as many mails arrive as were queued.
    await expect.poll(() => smtp.mails.length, { timeout: 10_000 }).toBe(queued.length);
    // The outbox id is the Message-ID: each queued mail arrived once.
    const ids = smtp.mails.map((mail) => mail.headers.get('message-id')?.[0]);
    expect(new Set(ids)).toEqual(new Set(queued.map((mail) => `<${mail.id}@klartext.outbox>`)));
  });

  it('tells a subscriber of a comment once when moderators approve it on three instances at once', async () => {
    await open.db.insertInto('subscriptions').values({ id: 'abo-leserin', email: 'leserin@example.org', post_slug: POST, comment_id: null, confirmed_at: new Date().toISOString(), created_at: new Date().toISOString() }).execute();
    const res = await post(servers[2]!, validComment({ body: 'Ein Kommentar für die Abonnentin.' }), newReader());
    const { id } = (await res.json()) as { id: string };
    const answers = await Promise.all(servers.map((server) => moderatorFetch(server, session, `/api/moderation/comments/${id}/approve`, { method: 'POST' })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const toSubscriber = () => open.db.selectFrom('outbox').select(['id', 'status']).where('recipient', '=', 'leserin@example.org').execute();
    await expect.poll(async () => (await toSubscriber()).map((mail) => mail.status), { timeout: 30_000 }).toEqual(['sent']);
    await expect.poll(() => smtp.mails.filter((mail) => mail.to.includes('leserin@example.org')).length, { timeout: 10_000 }).toBe(1);
  });
});
