import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { findModeratorByEmail } from '../../../functions/moderation/moderators.ts';
import { postComment, storedComments, validComment } from '../../support/commentClient.ts';
import { createModerator } from '../../support/moderatorClient.ts';
import { runScript } from '../../support/runScript.ts';
import { startSiteServer, TEST_SECRET, type SiteServer } from '../../support/siteServer.ts';
import { startSmtpServer } from '../../support/smtpServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('mail links of a removed or reset moderator on %s', (database) => {
  let server: SiteServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let cliEnv: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startSiteServer(inject('siteDir'), { database, env: { SMTP_URL: smtp.url, COMMENT_AUTO_APPROVE: 'never' } });
    cliEnv = { DATABASE_URL: server.services.config.databaseUrl, SECRET: TEST_SECRET, SITE_URL: server.url, SITE_DIR: inject('siteDir') };
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    smtp.mails.length = 0;
    await server.services.db.deleteFrom('moderators').execute();
    await server.services.db.deleteFrom('comments').execute();
    await server.services.db.deleteFrom('moderation_log').execute();
  });

  /** Posts a comment that waits; returns each moderator's "Freischalten" link from their mail. */
  async function approveLinks(body: string): Promise<Map<string, string>> {
    expect((await postComment(server, validComment({ body }))).status).toBe(201);
    await server.services.queues.idle();
    const links = new Map<string, string>();
    for (const mail of smtp.mails.filter((m) => m.decoded.includes(body))) {
      const match = /Freischalten: (http\S+)/.exec(mail.decoded);
      if (match) links.set(mail.to[0]!, match[1]!.replace(/^http:\/\/localhost:4321/, server.url));
    }
    return links;
  }

  const confirm = (url: string) =>
    fetch(`${server.url}/moderation/aktion/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
      body: new URLSearchParams({ token: new URL(url).searchParams.get('token')! }).toString(),
    });

  it.each(['remove', 'reset'])('cancels the one-click links of an account on `npm run moderator -- %s` (410), and nothing is published', async (command) => {
    const leaving = await createModerator(server);
    const staying = await createModerator(server);
    const links = await approveLinks(`Wartet auf Freigabe (${command}).`);
    expect(links.size).toBe(2);

    expect((await runScript('moderator', [command, leaving], cliEnv)).code).toBe(0);
    expect((await fetch(links.get(leaving)!)).status).toBe(410);
    expect((await confirm(links.get(leaving)!)).status).toBe(410);
    expect((await storedComments(server))[0]!.status).toBe('pending');

    // The other moderator's link still acts, in their name.
    expect((await fetch(links.get(staying)!)).status).toBe(200);
    expect((await confirm(links.get(staying)!)).status).toBe(200);
    expect((await storedComments(server))[0]!.status).toBe('approved');
    const log = await server.services.db.selectFrom('moderation_log').select('moderator_id').where('action', '=', 'approve').execute();
    expect(log.map((entry) => entry.moderator_id)).toContain((await findModeratorByEmail(server.services.db, staying))!.id);
  });

  it('acts only in the name of an existing account, even if a link outlived its account', async () => {
    const gone = await createModerator(server);
    const links = await approveLinks('Der Link überlebt sein Konto.');
    // Removed behind the service's back (an older version, a hand-made DELETE): the token row is still there.
    await server.services.db.deleteFrom('moderators').where('email', '=', gone).execute();
    expect((await fetch(links.get(gone)!)).status).toBe(410);
    expect((await confirm(links.get(gone)!)).status).toBe(410);
    expect((await storedComments(server))[0]!.status).toBe('pending');
    expect(await server.services.db.selectFrom('moderation_log').select('moderator_id').where('action', '=', 'approve').execute()).toEqual([]);
  });
});
