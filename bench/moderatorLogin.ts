/** A moderator's session as the moderation page holds it: the session cookie and the CSRF token. */
export interface ModeratorSession {
  url: string;
  cookie: string;
  csrfToken: string;
}

/** Logs in as the moderation page does (own Origin, Sec-Fetch-Site) and keeps the cookie and CSRF token. */
export async function loginModerator(url: string, email: string, password: string): Promise<ModeratorSession> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url, 'Sec-Fetch-Site': 'same-origin' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Login failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { url, cookie: res.headers.getSetCookie()[0]!.split(';')[0]!, csrfToken };
}
