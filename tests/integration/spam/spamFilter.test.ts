import { spawn } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createInterface } from 'node:readline';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServices } from '../../../functions/app/createServices.ts';
import { TOTALS_FEATURE } from '../../../functions/spam/filterQueries.ts';
import { FilterModel } from '../../../functions/spam/filterModel.ts';
import { startAkismetStandIn } from '../../support/akismetStandIn.ts';
import { postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch, type ModeratorSession } from '../../support/moderatorClient.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { HAM_EXAMPLES, HELD_OUT, SPAM_EXAMPLES } from '../../support/spamExamples.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

type StandIn = Awaited<ReturnType<typeof startAkismetStandIn>>;

/** Every client connection this process opens meanwhile (and every host name it resolves), via Node's diagnostics channel. */
function watchConnections() {
  const seen: string[] = [];
  const onSocket = (message: unknown) => {
    const socket = (message as { socket: Socket }).socket;
    socket.once('lookup', (_error: Error | null, _address: string, _family: number, host: string) => seen.push(`lookup ${host}`));
    socket.once('connect', () => seen.push(`${socket.remoteAddress}:${socket.remotePort}`));
  };
  subscribe('net.client.socket', onSocket);
  return { seen, stop: () => unsubscribe('net.client.socket', onSocket) };
}

/** Starts tests/support/learnInChild.ts; `go` lets it learn, `result` is what it printed then. */
async function learnerProcess(databaseUrl: string, id: string): Promise<{ go: () => void; result: Promise<string> }> {
  const child = spawn(process.execPath, ['tests/support/learnInChild.ts', databaseUrl, id], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe('ready');
  return { go: () => child.stdin!.write('go\n'), result: lines.next().then((line) => String(line.value)) };
}

const LOOPBACK = /^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1):\d+$|^lookup localhost$/;

/** A reader's comment and a moderator's decisions, through the real HTTP API. */
function apiOf(server: SiteServer, session: ModeratorSession) {
  return {
    async submit(body: string, more: Record<string, unknown> = {}): Promise<{ id: string; status: string }> {
      const res = await postComment(server, validComment({ body, ...more }));
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string; status: string };
    },
    async decide(id: string, action: 'approve' | 'spam' | 'ham' | 'reject', reason?: string): Promise<void> {
      const res = await moderatorFetch(server, session, `/api/moderation/comments/${id}/${action}`, { method: 'POST', body: reason ? { reason } : undefined });
      expect(res.status).toBe(200);
    },
    async train(): Promise<void> {
      for (const body of SPAM_EXAMPLES) await this.decide((await this.submit(body)).id, 'spam');
      for (const body of HAM_EXAMPLES) await this.decide((await this.submit(body)).id, 'approve');
    },
    async row(id: string) {
      return (await storedComments(server)).find((row) => row.id === id)!;
    },
  };
}

/** Whether the model keeps a row for the feature at all (a word it no longer needs must not stay). */
async function hasRow(server: SiteServer, feature: string): Promise<boolean> {
  return (await server.services.db.selectFrom('spam_features').select('feature').where('feature', '=', feature).executeTakeFirst()) !== undefined;
}

async function countsOf(server: SiteServer, feature: string): Promise<{ spam: number; ham: number }> {
  const row = await server.services.db.selectFrom('spam_features').select(['spam', 'ham']).where('feature', '=', feature).executeTakeFirst();
  return { spam: Number(row?.spam ?? 0), ham: Number(row?.ham ?? 0) };
}

describe.each(DATABASE_KINDS)('local spam filter (SPAM_FILTER=local) on %s', (database) => {
  let server: SiteServer;
  let akismet: StandIn;
  let api: ReturnType<typeof apiOf>;

  beforeAll(async () => {
    akismet = await startAkismetStandIn();
    // No AKISMET_KEY, but an endpoint: were anything sent to Akismet, the stand-in would receive it.
    server = await startSiteServer(inject('siteDir'), {
      database,
      env: { SPAM_FILTER: 'local', SPAM_MIN_DECISIONS: '6', COMMENT_AUTO_APPROVE: 'always', AKISMET_ENDPOINT: akismet.url },
    });
    api = apiOf(server, await login(server, await createModerator(server)));
  });
  afterAll(async () => {
    await server?.close();
    await akismet?.close();
  });

  it('only advises while it has learned from too few decisions: even obvious spam waits for a moderator', async () => {
    const { id, status } = await api.submit(HELD_OUT.spam);
    expect(status).toBe('pending');
    const row = await api.row(id);
    expect(row.status).toBe('pending');
    expect(JSON.parse(row.spam_reasons)).toEqual(['local-learning']);
    expect(JSON.parse(row.spam_assessment!)).toMatchObject({ ready: false, learned: { spam: 0, ham: 0, needed: 6 } });
    await api.decide(id, 'reject', 'advertising');
  });

  it('learns from each decision through the moderation API, and a correction takes the old lesson back', async () => {
    const { id } = await api.submit(SPAM_EXAMPLES[0]!);
    await api.decide(id, 'spam');
    expect(await countsOf(server, TOTALS_FEATURE)).toEqual({ spam: 1, ham: 0 });
    expect(await countsOf(server, 'w:casino')).toEqual({ spam: 1, ham: 0 });
    await api.decide(id, 'spam');
    expect(await countsOf(server, TOTALS_FEATURE)).toEqual({ spam: 1, ham: 0 });
    await api.decide(id, 'ham');
    expect(await countsOf(server, TOTALS_FEATURE)).toEqual({ spam: 0, ham: 1 });
    expect(await countsOf(server, 'w:casino')).toEqual({ spam: 0, ham: 1 });
    await api.decide(id, 'reject', 'advertising');
    expect(await countsOf(server, TOTALS_FEATURE)).toEqual({ spam: 0, ham: 0 });
    expect(await hasRow(server, TOTALS_FEATURE)).toBe(true);
    expect(await hasRow(server, 'w:casino')).toBe(false);
  });

  it('once trained, puts spam into the spam folder, publishes ham and lets a moderator decide what it is unsure of', async () => {
    await api.train();
    const spam = await api.submit(HELD_OUT.spam);
    const ham = await api.submit(HELD_OUT.ham);
    const unknown = await api.submit(HELD_OUT.unknown);
    // Spam is answered like a comment waiting for a moderator: the spammer learns nothing.
    expect([spam.status, ham.status, unknown.status]).toEqual(['pending', 'approved', 'pending']);
    const spamRow = await api.row(spam.id);
    expect(spamRow.status).toBe('spam');
    expect(JSON.parse(spamRow.spam_reasons)).toEqual(['local-spam']);
    expect(JSON.parse((await api.row(ham.id)).spam_reasons)).toEqual([]);
    expect(JSON.parse((await api.row(unknown.id)).spam_reasons)).toEqual(['local-unsure']);
  });

  it('tells moderators its score and, in German, the features that weighed most', async () => {
    const session = await login(server, await createModerator(server));
    const list = await (await moderatorFetch(server, session, '/api/moderation/comments?status=spam')).json();
    const comment = list.comments.find((c: { body: string }) => c.body === HELD_OUT.spam);
    expect(comment.spamFilter.score).toBeGreaterThanOrEqual(0.9);
    expect(comment.spamFilter).toMatchObject({ outcome: 'spam', ready: true, summary: expect.stringMatching(/^Spamfilter: \d+ % Spam \(sicher Spam\)$/) });
    expect(comment.spamFilter.clues.length).toBeGreaterThanOrEqual(3);
    expect(comment.spamFilter.clues.length).toBeLessThanOrEqual(5);
    const labels = comment.spamFilter.clues.map((clue: { label: string }) => clue.label).join('\n');
    expect(labels).toMatch(/Wörter, die oft in Spam stehen: .*(casino|bonus|freispiele)|Link zu bekannter Spam-Domain: lucky-casino\.xyz/);
  });

  it('learns from a moderator’s correction of its own verdict', async () => {
    const spamRow = (await storedComments(server)).find((row) => row.body_source === HELD_OUT.spam && row.status === 'spam')!;
    const before = await countsOf(server, TOTALS_FEATURE);
    await api.decide(spamRow.id, 'ham');
    expect(await countsOf(server, TOTALS_FEATURE)).toEqual({ spam: before.spam, ham: before.ham + 1 });
    expect((await countsOf(server, 'w:einzahlung')).ham).toBeGreaterThan(0);
  });

  it('keeps instances in step: a second service on the same database sees every decision', async () => {
    const other = await createServices(server.services.config);
    try {
      await other.spamModel.refresh(other.db);
      const totals = await countsOf(server, TOTALS_FEATURE);
      expect(other.spamModel.totals).toEqual({ spamDocs: totals.spam, hamDocs: totals.ham });
      await api.decide((await api.submit('Noch ein Kommentar über Plattformen und ihre Verantwortung.')).id, 'approve');
      await other.spamModel.refresh(other.db);
      expect(other.spamModel.totals).toEqual({ spamDocs: totals.spam, hamDocs: totals.ham + 1 });
      expect(other.spamModel.countsOf('w:verantwortung')?.ham).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('counts a decision once when two instances (processes) learn from it at the same moment', async () => {
    const { id } = await api.submit('Ein Kommentar, den zwei Instanzen zugleich lernen.');
    await server.services.db.updateTable('comments').set({ status: 'approved' }).where('id', '=', id).execute();
    const before = await countsOf(server, TOTALS_FEATURE);
    const instances = await Promise.all([learnerProcess(server.services.config.databaseUrl, id), learnerProcess(server.services.config.databaseUrl, id)]);
    for (const instance of instances) instance.go();
    const results = await Promise.all(instances.map((instance) => instance.result));
    expect(results.sort()).toEqual(['false', 'true']);
    expect(await countsOf(server, TOTALS_FEATURE)).toEqual({ spam: before.spam, ham: before.ham + 1 });
  });

  it('learns at start from comments decided before it existed, as `npm run import` brings them', async () => {
    const before = await countsOf(server, TOTALS_FEATURE);
    const stamp = new Date().toISOString();
    const old = (id: string, status: 'approved' | 'spam', body: string) => ({
      id, post_slug: 'dark-patterns-einwilligung', parent_id: null, author_name: 'Alt', author_email: `${id}@example.org`, author_url: null,
      body_source: body, body_html: `<p>${body}</p>`, status, spam_reasons: '[]', notify: 0, ip_hash: null, user_agent: null, fingerprint: id, created_at: stamp, updated_at: stamp,
    });
    await server.services.db.insertInto('comments').values([old('alt-spam', 'spam', 'Replica Uhren billig kaufen'), old('alt-ham', 'approved', 'Ein alter, guter Kommentar.')]).execute();
    const restarted = await createServices(server.services.config);
    await restarted.close();
    expect(await countsOf(server, TOTALS_FEATURE)).toEqual({ spam: before.spam + 1, ham: before.ham + 1 });
    expect(await countsOf(server, 'w:replica')).toMatchObject({ spam: 1 });
  });

  it('takes back what a deleted comment taught as ham, but keeps what spam taught', async () => {
    const ham = await api.submit('Ein Kommentar mit dem seltenen Wort Zwiebelfisch.');
    await api.decide(ham.id, 'approve');
    const spam = await api.submit('Billige Uhren und Schmuck bei Glitzerkram kaufen');
    await api.decide(spam.id, 'spam');
    const session = await login(server, await createModerator(server));
    for (const id of [ham.id, spam.id]) expect((await moderatorFetch(server, session, `/api/moderation/comments/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await hasRow(server, 'w:zwiebelfisch')).toBe(false);
    expect(await countsOf(server, 'w:glitzerkram')).toEqual({ spam: 1, ham: 0 });
  });

  it('deletes the rows of words no learned comment contains any more, and every instance forgets them from memory', async () => {
    const other = await createServices(server.services.config);
    try {
      const ham = await api.submit('Ein Kommentar über Plattformen mit dem seltenen Wort Quastenflosser.');
      await api.decide(ham.id, 'approve');
      await other.spamModel.refresh(other.db);
      expect(other.spamModel.countsOf('w:quastenflosser')).toEqual({ spam: 0, ham: 1 });
      const shared = (await countsOf(server, 'w:plattformen')).ham;
      expect(other.spamModel.countsOf('w:plattformen')?.ham).toBe(shared);

      await api.decide(ham.id, 'reject', 'advertising');
      expect(await hasRow(server, 'w:quastenflosser')).toBe(false);
      expect(await hasRow(server, 'b:wort quastenflosser')).toBe(false);
      expect(await countsOf(server, 'w:plattformen')).toMatchObject({ ham: shared - 1 });
      await other.spamModel.refresh(other.db);
      await server.services.spamModel.refresh(server.services.db);
      for (const model of [other.spamModel, server.services.spamModel]) {
        expect(model.countsOf('w:quastenflosser')).toBeUndefined();
        expect(model.countsOf('w:plattformen')?.ham).toBe(shared - 1);
      }

      // After forgetting, the instance follows later training by generation again, and holds what a fresh read holds.
      await api.decide((await api.submit('Danach lernt er das Wort Pfeilschwanzkrebs.')).id, 'approve');
      await other.spamModel.refresh(other.db);
      expect(other.spamModel.countsOf('w:pfeilschwanzkrebs')).toEqual({ spam: 0, ham: 1 });
      const fresh = new FilterModel();
      await fresh.refresh(other.db);
      expect(other.spamModel.size).toBe(fresh.size);
      expect(other.spamModel.totals).toEqual(fresh.totals);
    } finally {
      await other.close();
    }
  });

  it('takes back what a comment taught as ham when its author deletes it, and learns the new text of an author’s edit', async () => {
    const post = async (body: string) => {
      const res = await postComment(server, validComment({ body }));
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string; editToken: string };
    };
    const author = (method: 'PATCH' | 'DELETE', id: string, body: Record<string, unknown>) =>
      fetch(`${server.url}/api/comments/${id}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const edited = await post('Ein Kommentar über den Seidenschwanz im Winter.');
    await api.decide(edited.id, 'approve');
    expect(await countsOf(server, 'w:seidenschwanz')).toEqual({ spam: 0, ham: 1 });
    expect((await author('PATCH', edited.id, { body: 'Ein Kommentar über den Bergfink im Winter.', editToken: edited.editToken })).status).toBe(200);
    if ((await api.row(edited.id)).status === 'approved') {
      expect(await countsOf(server, 'w:bergfink')).toEqual({ spam: 0, ham: 1 });
    } else {
      // The filter sent the edit back to a moderator: the moderator's lesson is taken back, none learnt from its own verdict.
      expect(await countsOf(server, 'w:bergfink')).toEqual({ spam: 0, ham: 0 });
    }
    expect(await countsOf(server, 'w:seidenschwanz')).toEqual({ spam: 0, ham: 0 });

    const deleted = await post('Ein Kommentar über das Gimpelnest am Futterhaus.');
    await api.decide(deleted.id, 'approve');
    expect(await countsOf(server, 'w:gimpelnest')).toEqual({ spam: 0, ham: 1 });
    expect((await author('DELETE', deleted.id, { editToken: deleted.editToken })).status).toBe(200);
    expect(await countsOf(server, 'w:gimpelnest')).toEqual({ spam: 0, ham: 0 });
  });

  it('sent nothing to Akismet: without a key no comment leaves the machine', () => {
    expect(akismet.requests).toEqual([]);
    expect(akismet.submissions).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)('SPAM_FILTER=both on %s', (database) => {
  let akismet: StandIn;
  beforeAll(async () => {
    akismet = await startAkismetStandIn();
  });
  afterAll(async () => {
    await akismet?.close();
  });

  it('without AKISMET_KEY opens no connection beyond this machine and asks Akismet nothing, while it learns and once it is sure', async () => {
    const server = await startSiteServer(inject('siteDir'), { database, env: { SPAM_FILTER: 'both', SPAM_MIN_DECISIONS: '6', AKISMET_ENDPOINT: akismet.url } });
    const watch = watchConnections();
    try {
      const api = apiOf(server, await login(server, await createModerator(server)));
      const learning = await api.submit(HELD_OUT.unknown);
      // Unsure (still learning) and no key: the comment waits, as it did before the filter.
      expect(JSON.parse((await api.row(learning.id)).spam_reasons)).toEqual(['akismet-off']);
      await api.train();
      for (const body of Object.values(HELD_OUT)) await api.submit(body);
      expect(akismet.requests).toEqual([]);
      expect(watch.seen.length).toBeGreaterThan(0);
      expect(watch.seen.filter((entry) => !LOOPBACK.test(entry))).toEqual([]);
      expect(watch.seen.filter((entry) => entry.endsWith(`:${new URL(akismet.url).port}`))).toEqual([]);
    } finally {
      watch.stop();
      await server.close();
    }
  });

  it('SPAM_FILTER=local with AKISMET_KEY sends Akismet nothing, not even the moderators’ verdicts', async () => {
    const server = await startSiteServer(inject('siteDir'), { database, env: { SPAM_FILTER: 'local', SPAM_MIN_DECISIONS: '6', AKISMET_KEY: 'test-key', AKISMET_ENDPOINT: akismet.url } });
    try {
      akismet.requests.length = 0;
      akismet.submissions.length = 0;
      const api = apiOf(server, await login(server, await createModerator(server)));
      await api.train();
      const spam = await api.submit(HELD_OUT.spam);
      await api.decide(spam.id, 'ham');
      await server.services.queues.idle();
      expect(akismet.requests).toEqual([]);
      expect(akismet.submissions).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('with AKISMET_KEY asks Akismet only about what the filter is unsure of', async () => {
    const server = await startSiteServer(inject('siteDir'), { database, env: { SPAM_FILTER: 'both', SPAM_MIN_DECISIONS: '6', AKISMET_KEY: 'test-key', AKISMET_ENDPOINT: akismet.url } });
    try {
      const api = apiOf(server, await login(server, await createModerator(server)));
      await api.train();
      akismet.requests.length = 0;
      akismet.mode = 'spam';
      const spam = await api.submit(HELD_OUT.spam);
      const ham = await api.submit(HELD_OUT.ham);
      expect(akismet.requests).toEqual([]);
      const unknown = await api.submit(HELD_OUT.unknown);
      expect(akismet.requests.map((request) => request.comment_content)).toEqual([HELD_OUT.unknown]);
      expect([(await api.row(spam.id)).status, (await api.row(ham.id)).status, (await api.row(unknown.id)).status]).toEqual(['spam', 'pending', 'spam']);
      expect(JSON.parse((await api.row(unknown.id)).spam_reasons)).toEqual(['akismet-spam']);
    } finally {
      await server.close();
    }
  });
});
