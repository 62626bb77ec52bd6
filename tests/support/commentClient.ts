import { issueToken } from '../../functions/spam/timeTrap.ts';
import type { SiteServer } from './siteServer.ts';
import { TEST_SECRET } from './siteServer.ts';

/** A post of the sample site. */
export const POST = 'dark-patterns-einwilligung';
export const OTHER_POST = 'clickbait-ehrliche-ueberschriften';

/** A time-trap token handed out `ageMs` ago (a reader who took their time). */
export function tokenFor(post: string, ageMs = 10_000): string {
  return issueToken(TEST_SECRET, post, new Date(Date.now() - ageMs));
}

let counter = 0;

/** A submission that passes every check; tests override what they are about. */
export function validComment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return { post: POST, name: 'Anna Beispiel', email: `anna${counter}@example.org`, body: `Ein durchdachter Kommentar Nummer ${counter}.`, token: tokenFor(POST), ...overrides };
}

/** POSTs JSON (or raw text with any content type) to /api/comments. */
export function postComment(server: SiteServer, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const raw = typeof body === 'string';
  return fetch(`${server.url}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: raw ? body : JSON.stringify(body),
    redirect: 'manual',
  });
}

/** Every stored comment row. */
export function storedComments(server: SiteServer) {
  return server.services.db.selectFrom('comments').selectAll().orderBy('created_at').execute();
}

/** The approved comments as the API publishes them. */
export async function listComments(server: SiteServer, post = POST): Promise<Array<Record<string, unknown>>> {
  const res = await fetch(`${server.url}/api/comments?post=${post}`);
  return ((await res.json()) as { comments: Array<Record<string, unknown>> }).comments;
}
