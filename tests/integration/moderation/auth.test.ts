import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../../functions/moderation/sessions.ts';
import { LOGIN_LIMITS } from '../../../functions/moderation/loginThrottle.ts';
import { POST, postComment, validComment } from '../../support/commentClient.ts';
import { createModerator, GOOD_PASSWORD, login, loginRequest, moderatorFetch } from '../../support/moderatorClient.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { runScript } from '../../support/runScript.ts';
import { TEST_SECRET, useSiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('moderator accounts and sessions on %s', (database) => {
  const server = useSiteServer({ database });
  let cliEnv: Record<string, string>;

  beforeAll(() => {
    cliEnv = { DATABASE_URL: server.services.config.databaseUrl, SECRET: TEST_SECRET, SITE_URL: server.url, SITE_DIR: inject('siteDir') };
  });

  function linkIn(output: string): string {
    const match = /http\S+\/moderation\/passwort\/\?token=\S+/.exec(output);
    if (!match) throw new Error(`Kein Link in der Ausgabe:\n${output}`);
    return match[0];
  }

  async function setPassword(link: string, password: string, repeat = password, headers: Record<string, string> = { Origin: server.url }) {
    const token = new URL(link).searchParams.get('token')!;
    return fetch(`${server.url}/moderation/passwort/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ token, password, repeat }).toString(),
    });
  }

  it('adds a moderator with `npm run moderator -- add`, whose one-time link sets the password once', async () => {
    const add = await runScript('moderator', ['add', 'Lena@Example.org', '--name', 'Lena'], cliEnv);
    expect(add.code).toBe(0);
    const link = linkIn(add.stdout);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="password"');
    expect(html).toContain('noindex');
    expect(page.headers.get('set-cookie')).toBeNull();

    const short = await setPassword(link, 'kurz');
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('mindestens 12 Zeichen');
    const common = await setPassword(link, 'Passwort1234');
    expect(await common.text()).toContain('zu verbreitet');
    const differ = await setPassword(link, GOOD_PASSWORD, 'etwas anderes lang');
    expect(await differ.text()).toContain('stimmen nicht überein');
    const crossSite = await setPassword(link, GOOD_PASSWORD, GOOD_PASSWORD, { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);

    expect((await setPassword(link, GOOD_PASSWORD)).status).toBe(200);
    expect((await loginRequest(server, 'lena@example.org', GOOD_PASSWORD)).status).toBe(200);
    // Used once: the same link is refused now, also for reading.
    expect((await setPassword(link, 'Noch ein langes Passwort')).status).toBe(410);
    expect((await fetch(link)).status).toBe(410);

    const list = await runScript('moderator', ['list'], cliEnv);
    expect(list.stdout).toContain('lena@example.org\tLena\tPasswort gesetzt');
  });

  it('takes a password on stdin, refuses weak ones, resets and removes accounts', async () => {
    const weak = await runScript('moderator', ['add', 'tom@example.org', '--password-stdin'], cliEnv, 'kurz\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('mindestens 12 Zeichen');
    const ok = await runScript('moderator', ['add', 'tom@example.org', '--password-stdin'], cliEnv, `${GOOD_PASSWORD}\n`);
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toContain('token=');
    const session = await login(server, 'tom@example.org');
    expect((await runScript('moderator', ['add', 'tom@example.org'], cliEnv)).code).toBe(2);

    const reset = await runScript('moderator', ['reset', 'tom@example.org'], cliEnv);
    expect(reset.code).toBe(0);
    linkIn(reset.stdout);
    // A reset ends every session and the old password no longer works.
    expect((await moderatorFetch(server, session, '/api/auth/me')).status).toBe(401);
    expect((await loginRequest(server, 'tom@example.org', GOOD_PASSWORD)).status).toBe(401);

    expect((await runScript('moderator', ['remove', 'tom@example.org'], cliEnv)).code).toBe(0);
    expect((await runScript('moderator', ['list'], cliEnv)).stdout).not.toContain('tom@example.org');
    expect((await runScript('moderator', ['remove', 'tom@example.org'], cliEnv)).code).toBe(2);
  });

  it('logs in with an HttpOnly, SameSite=Strict cookie on path / and answers me with the CSRF token', async () => {
    const email = await createModerator(server);
    const res = await loginRequest(server, email, GOOD_PASSWORD);
    expect(res.status).toBe(200);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^klartext_moderation=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure'); // served over http here
    const body = await res.json();
    expect(body).toEqual({ moderator: { email, name: expect.any(String) }, csrfToken: expect.stringMatching(/^[\w-]{43}$/) });
    const session = { cookie: cookie!.split(';')[0]!, csrfToken: body.csrfToken };
    const me = await moderatorFetch(server, session, '/api/auth/me');
    expect(me.status).toBe(200);
    expect((await me.json()).csrfToken).toBe(body.csrfToken);
    expect((await fetch(`${server.url}/api/auth/me`)).status).toBe(401);
  });

  it('gives the same answer for an unknown account and a wrong password, and throttles guessing per account', async () => {
    const email = await createModerator(server);
    // The seven attempts must be counted in one 15-minute login window.
    await awayFromWindowEdge(LOGIN_LIMITS.windowMs, 20_000);
    const unknown = await loginRequest(server, `niemand-${Date.now()}@example.org`, GOOD_PASSWORD);
    const wrong = await loginRequest(server, email, 'falsches Passwort 123');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
    for (let attempt = 0; attempt < 4; attempt++) expect((await loginRequest(server, email, `falsch ${attempt} ist falsch`)).status).toBe(401);
    // Five failures: now even the right password is refused until the window ends.
    const blocked = await loginRequest(server, email, GOOD_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await blocked.json()).code).toBe('login-rate-limited');
  });

  it('throttles one network trying many accounts', async () => {
    const email = await createModerator(server);
    await server.services.db.deleteFrom('rate_limits').execute();
    // The 21 attempts must be counted in one 15-minute login window.
    await awayFromWindowEdge(LOGIN_LIMITS.windowMs, 20_000);
    for (let attempt = 0; attempt < 20; attempt++) expect((await loginRequest(server, `rate-${attempt}@example.org`, 'falsches Passwort')).status).toBe(401);
    expect((await loginRequest(server, email, GOOD_PASSWORD)).status).toBe(429);
    await server.services.db.deleteFrom('rate_limits').execute();
    expect((await loginRequest(server, email, GOOD_PASSWORD)).status).toBe(200);
  });

  it('refuses a login and a logout from another site, and a logout without the CSRF token', async () => {
    const email = await createModerator(server);
    expect((await loginRequest(server, email, GOOD_PASSWORD, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const session = await login(server, email);
    const wrongOrigin = await moderatorFetch(server, session, '/api/auth/logout', { method: 'POST', headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } });
    expect(wrongOrigin.status).toBe(403);
    expect((await wrongOrigin.json()).code).toBe('csrf');
    expect((await moderatorFetch(server, session, '/api/auth/logout', { method: 'POST', headers: { 'X-CSRF-Token': '' } })).status).toBe(403);
    expect((await moderatorFetch(server, session, '/api/auth/logout', { method: 'POST', headers: { 'X-CSRF-Token': 'x'.repeat(43) } })).status).toBe(403);
    // Still logged in: none of those did anything.
    expect((await moderatorFetch(server, session, '/api/auth/me')).status).toBe(200);
  });

  it('refuses an oversized or non-JSON login body with a clear code', async () => {
    const big = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.url }, body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(70_000) }) });
    expect(big.status).toBe(413);
    expect((await big.json()).code).toBe('payload-too-large');
    const text = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: server.url }, body: 'hallo' });
    expect(text.status).toBe(415);
    const missing = await loginRequest(server, '', '');
    expect((await missing.json()).fields).toEqual({ email: expect.any(String), password: expect.any(String) });
  });

  it('makes a session unusable after logout', async () => {
    const session = await login(server, await createModerator(server));
    const out = await moderatorFetch(server, session, '/api/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^klartext_moderation=;.*Max-Age=0/);
    expect((await moderatorFetch(server, session, '/api/auth/me')).status).toBe(401);
    expect((await moderatorFetch(server, session, '/api/auth/logout', { method: 'POST' })).status).toBe(401);
  });

  it('ends a session after 12 hours without a request', async () => {
    const session = await login(server, await createModerator(server));
    const realNow = server.services.now;
    try {
      server.services.now = () => new Date(Date.now() + SESSION_IDLE_MS - 60_000);
      expect((await moderatorFetch(server, session, '/api/auth/me')).status).toBe(200);
      // That request counted as activity: 12 h idle are measured from it.
      server.services.now = () => new Date(Date.now() + 2 * SESSION_IDLE_MS - 120_000);
      expect((await moderatorFetch(server, session, '/api/auth/me')).status).toBe(200);
      server.services.now = () => new Date(Date.now() + 3 * SESSION_IDLE_MS);
      expect((await moderatorFetch(server, session, '/api/auth/me')).status).toBe(401);
    } finally {
      server.services.now = realNow;
    }
  });

  it('never gives a reader a cookie', async () => {
    const responses = await Promise.all([
      fetch(`${server.url}/`),
      fetch(`${server.url}/artikel/${POST}/`),
      fetch(`${server.url}/api/comments?post=${POST}`),
      fetch(`${server.url}/api/comments/token?post=${POST}`),
      fetch(`${server.url}/kommentare/${POST}/`),
      postComment(server, validComment()),
      postComment(server, validComment({ body: '' })),
    ]);
    for (const res of responses) expect(res.headers.getSetCookie()).toEqual([]);
  });
});
