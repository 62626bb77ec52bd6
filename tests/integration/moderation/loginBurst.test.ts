import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createApiApp } from '../../../functions/app/createApiApp.ts';
import { createServices, type RunningServices } from '../../../functions/app/createServices.ts';
import { LOGIN_LIMITS } from '../../../functions/moderation/loginThrottle.ts';
import { createServerApp } from '../../../functions/selfhost/createServerApp.ts';
import { listen } from '../../../functions/selfhost/listen.ts';
import { createModerator, GOOD_PASSWORD, loginRequest } from '../../support/moderatorClient.ts';
import { awayFromWindowEdge } from '../../support/rateLimitWindow.ts';
import { startSiteServer, type SiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

/** Each test's attempts (a burst of up to 30 scrypt checks on two instances, or 13 in a row) must be counted in one 15-minute window. */
const IN_ONE_WINDOW_MS = 20_000;

describe.each(DATABASE_KINDS)('login limits under a burst of parallel attempts on %s', (database) => {
  let first: SiteServer;
  // A second instance of the service on the same database, as several serverless instances would be.
  let second: { url: string; services: RunningServices; close: () => Promise<void> };
  let checked: string[] = [];
  let gate: { open: () => void; closed: Promise<void> } | undefined;
  let onCheck: (() => void) | undefined;

  /** Counts every real password verification of both instances; wrong passwords may be held at a gate. */
  function countVerifications(services: RunningServices) {
    const real = services.verifyPassword;
    services.verifyPassword = async (password, stored) => {
      checked.push(password);
      onCheck?.();
      if (gate && password !== GOOD_PASSWORD) await gate.closed;
      return real(password, stored);
    };
  }

  beforeAll(async () => {
    first = await startSiteServer(inject('siteDir'), { database });
    const services = await createServices(first.services.config);
    const { server, url } = await listen(createServerApp({ siteRoot: inject('siteDir'), api: createApiApp(services) }), { port: 0, hostname: '127.0.0.1' });
    second = { url, services, close: async () => (server.close(), await services.close()) };
    countVerifications(first.services);
    countVerifications(second.services);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });
  beforeEach(async () => {
    checked = [];
    gate = undefined;
    onCheck = undefined;
    await first.services.db.deleteFrom('rate_limits').execute();
  });

  /** `count` wrong attempts at once, alternating between the two instances. */
  const burst = (emails: (i: number) => string, count: number) =>
    Promise.all(Array.from({ length: count }, (_, i) => loginRequest({ url: i % 2 ? second.url : first.url } as SiteServer, emails(i), `falsches Passwort ${i}`)));

  // As many as the network may try (20): with more, an attempt early in the account's count can be late in the
  // network's and be refused for that, so fewer than five would be checked, and the account's limit not shown.
  it('checks exactly 5 passwords of one account when 20 wrong ones arrive at once', async () => {
    const email = await createModerator(first);
    await awayFromWindowEdge(LOGIN_LIMITS.windowMs, IN_ONE_WINDOW_MS);
    const answers = await burst(() => email, LOGIN_LIMITS.perIp);
    expect(checked.length).toBe(LOGIN_LIMITS.perAccount);
    expect(answers.filter((res) => res.status === 401)).toHaveLength(LOGIN_LIMITS.perAccount);
    expect(answers.filter((res) => res.status === 429)).toHaveLength(LOGIN_LIMITS.perIp - LOGIN_LIMITS.perAccount);
    expect((await loginRequest(first, email, GOOD_PASSWORD)).status).toBe(429);
  });

  it('refuses the right password sent in the middle of a burst of 19 wrong ones', async () => {
    const email = await createModerator(first);
    await awayFromWindowEdge(LOGIN_LIMITS.windowMs, IN_ONE_WINDOW_MS);
    let open!: () => void;
    gate = { open: () => open(), closed: new Promise<void>((resolve) => (open = resolve)) };
    const fiveChecking = new Promise<void>((resolve) => (onCheck = () => checked.length >= LOGIN_LIMITS.perAccount && resolve()));
    // With the right one, as many as the network may try (see above).
    const wrong = burst(() => email, LOGIN_LIMITS.perIp - 1);
    // Five wrong passwords are being checked (held at the gate); the right one comes now. Should the burst end
    // (or fail) before five checks began, the test fails at once instead of waiting for them.
    await Promise.race([fiveChecking, wrong.then(() => Promise.reject(new Error(`the burst ended after ${checked.length} checks`)))]);
    const right = await loginRequest(first, email, GOOD_PASSWORD);
    gate.open();
    await wrong;
    expect(right.status).toBe(429);
    expect(checked.filter((password) => password !== GOOD_PASSWORD)).toHaveLength(LOGIN_LIMITS.perAccount);
  });

  it('checks at most 20 passwords from one network trying 30 accounts at once', async () => {
    await awayFromWindowEdge(LOGIN_LIMITS.windowMs, IN_ONE_WINDOW_MS);
    await burst((i) => `burst-${i}-${Date.now()}@example.org`, 30);
    expect(checked.length).toBe(LOGIN_LIMITS.perIp);
  });

  it('takes a successful login back: it does not count against the limits', async () => {
    const email = await createModerator(first);
    await awayFromWindowEdge(LOGIN_LIMITS.windowMs, IN_ONE_WINDOW_MS);
    for (let i = 0; i < LOGIN_LIMITS.perAccount + 2; i++) expect((await loginRequest(first, email, GOOD_PASSWORD)).status).toBe(200);
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) expect((await loginRequest(first, email, `falsch ${i} ist falsch`)).status).toBe(401);
    expect((await loginRequest(first, email, GOOD_PASSWORD)).status).toBe(429);
  });
});
