import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setupLink } from '../../../functions/moderation/moderators.ts';
import { GOOD_PASSWORD, loginRequest } from '../../support/moderatorClient.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { passwordProblem } from '../../../functions/moderation/password.ts';

describe('the first moderator account', () => {
  let server: SiteServer;

  beforeAll(async () => {
    server = await startSiteServer(inject('siteDir'));
  });
  afterAll(async () => {
    await server?.close();
  });

  function submit(link: string, fields: Record<string, string>) {
    return fetch(`${server.url}/moderation/passwort/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
      body: new URLSearchParams({ token: new URL(link).searchParams.get('token')!, ...fields }).toString(),
    });
  }

  it('is created from the setup link printed on a start without moderators, and only once', async () => {
    const first = await setupLink(server.services.db, server.services.config.secret, server.url, new Date());
    const second = await setupLink(server.services.db, server.services.config.secret, server.url, new Date());
    const form = await (await fetch(first)).text();
    expect(form).toContain('Erstes Moderationskonto anlegen');
    expect(form).toContain('name="email"');
    expect((await submit(first, { email: 'kein-email', name: 'X', password: GOOD_PASSWORD, repeat: GOOD_PASSWORD })).status).toBe(400);
    expect((await submit(first, { email: 'chefin@example.org', name: 'Chefin', password: GOOD_PASSWORD, repeat: GOOD_PASSWORD })).status).toBe(200);
    expect((await loginRequest(server, 'chefin@example.org', GOOD_PASSWORD)).status).toBe(200);
    // A second setup link is worthless once an account exists.
    expect((await submit(second, { email: 'zweite@example.org', name: 'Z', password: GOOD_PASSWORD, repeat: GOOD_PASSWORD })).status).toBe(410);
    expect((await loginRequest(server, 'zweite@example.org', GOOD_PASSWORD)).status).toBe(401);
  });

  it('refuses a token with a forged signature and one that is no token', async () => {
    const link = await setupLink(server.services.db, server.services.config.secret, server.url, new Date());
    const token = new URL(link).searchParams.get('token')!;
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    expect((await fetch(`${server.url}/moderation/passwort/?token=${forged}`)).status).toBe(410);
    expect((await fetch(`${server.url}/moderation/passwort/?token=nonsense`)).status).toBe(410);
  });

  it('checks passwords for length (in characters) and against common passwords', () => {
    expect(passwordProblem('elf Zeichen')).toBe('too-short');
    expect(passwordProblem('ääääääääääää')).toBeNull();
    expect(passwordProblem('PASSWORT1234')).toBe('common');
    expect(passwordProblem(GOOD_PASSWORD)).toBeNull();
  });
});
