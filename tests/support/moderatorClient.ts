import { addModerator, setModeratorPassword } from '../../functions/moderation/moderators.ts';
import type { SiteServer } from './siteServer.ts';

/** A password that passes the policy. */
export const GOOD_PASSWORD = 'Ein langes Passwort 2026!';

/** A logged-in moderator: the cookie a browser would send and the CSRF token. */
export interface ModeratorSession {
  cookie: string;
  csrfToken: string;
}

let counter = 0;

/** Creates a moderator with a password straight in the database; returns the e-mail address. */
export async function createModerator(server: SiteServer, password = GOOD_PASSWORD): Promise<string> {
  const email = `moderatorin${++counter}-${Date.now()}@example.org`;
  const moderator = await addModerator(server.services.db, email, `Moderatorin ${counter}`, new Date());
  await setModeratorPassword(server.services.db, moderator!.id, password, new Date());
  return email;
}

/** POST /api/auth/login from the site's own page. */
export function loginRequest(server: SiteServer, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url, 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

/** Logs in and returns the session; throws when the login fails. */
export async function login(server: SiteServer, email: string, password = GOOD_PASSWORD): Promise<ModeratorSession> {
  const res = await loginRequest(server, email, password);
  if (res.status !== 200) throw new Error(`Anmeldung fehlgeschlagen: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** A request as the moderation page sends it: cookie, own Origin, CSRF token (each overridable). */
export function moderatorFetch(server: SiteServer, session: ModeratorSession, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Cookie: session.cookie,
      Origin: server.url,
      'Sec-Fetch-Site': 'same-origin',
      'X-CSRF-Token': session.csrfToken,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    redirect: 'manual',
  });
}
