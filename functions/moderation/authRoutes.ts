import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import * as z from 'zod';
import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { strings } from '../../src/strings.ts';
import type { CommentServices } from '../comments/services.ts';
import { ApiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import { clientIp, type AppBindings } from '../http/clientIp.ts';
import { readFields } from '../http/readRequestBody.ts';
import { addressKey } from '../privacy/ipAddress.ts';
import { reserveLoginAttempt } from './loginThrottle.ts';
import { addModerator, countModerators, findModeratorByEmail, normalizeEmail, SET_PASSWORD_PATH, setModeratorPassword } from './moderators.ts';
import { dummyPasswordHash, MIN_PASSWORD_LENGTH, passwordMessage } from './password.ts';
import { isSameSite, requireModerator, SESSION_COOKIE, type ModeratorEnv } from './requestGuards.ts';
import { createSession, deleteSession, SESSION_IDLE_MS } from './sessions.ts';
import { standalonePage } from './standalonePage.ts';
import { consumeToken, inspectToken } from './tokens.ts';

type Env = { Bindings: AppBindings } & ModeratorEnv;


const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Login, logout, who am I, and the page behind the one-time password links. */
export function authRoutes(services: CommentServices): Hono<Env> {
  const app = new Hono<Env>();
  const { db, config } = services;
  const secure = new URL(config.siteUrl).protocol === 'https:';

  app.post('/api/auth/login', limitBody, async (c) => {
    c.header('Cache-Control', 'no-store');
    // Login CSRF: a foreign page must not log a browser into our account either.
    if (!isSameSite(c, config.siteUrl)) throw new ApiError(403, 'csrf');
    const fields = await readFields(c);
    const email = normalizeEmail(text(fields.email)).slice(0, 320);
    const password = text(fields.password).slice(0, 1024);
    const missing = { ...(email ? {} : { email: strings.commentFields.required }), ...(password ? {} : { password: strings.commentFields.required }) };
    if (Object.keys(missing).length > 0) throw new ApiError(400, 'invalid-input', { fields: missing });
    const ip = clientIp(c, config.trustProxy);
    const network = ip ? addressKey(ip) : null;
    const now = services.now();
    // The attempt is counted before the (slow) password check, so a burst cannot outrun the limit.
    const attempt = await reserveLoginAttempt(db, config.secret, email, network, now);
    if (!attempt.ok) throw new ApiError(429, 'login-rate-limited', { headers: { 'Retry-After': String(attempt.retryAfterSeconds) } });
    const moderator = await findModeratorByEmail(db, email);
    // An unknown account costs the same scrypt work as a wrong password.
    const ok = await services.verifyPassword(password, moderator?.passwordHash ?? (await dummyPasswordHash()));
    if (!moderator?.passwordHash || !ok) throw new ApiError(401, 'login-failed');
    await attempt.succeeded();
    const session = await createSession(db, moderator.id, now);
    setCookie(c, SESSION_COOKIE, session.cookie, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: SESSION_IDLE_MS / 1000 });
    return c.json({ moderator: { email: moderator.email, name: moderator.name }, csrfToken: session.csrfToken });
  });

  app.get('/api/auth/me', requireModerator(db, config.siteUrl, () => services.now()), (c) => {
    const moderator = c.get('moderator');
    return c.json({ moderator: { email: moderator.email, name: moderator.name }, csrfToken: c.get('csrfToken') });
  });

  app.post('/api/auth/logout', requireModerator(db, config.siteUrl, () => services.now()), async (c) => {
    await deleteSession(db, c.get('sessionCookie'));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
    return c.body(null, 204);
  });

  app.get(SET_PASSWORD_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.query('token');
    const purpose = (await inspectToken(db, config.secret, 'setup', token, services.now())).ok ? 'setup' : 'set-password';
    const checked = await inspectToken(db, config.secret, purpose, token, services.now());
    if (!checked.ok) return c.html(invalidLinkPage(), 410);
    return c.html(passwordForm(token!, purpose === 'setup'));
  });

  app.post(SET_PASSWORD_PATH, limitBody, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!isSameSite(c, config.siteUrl)) throw new ApiError(403, 'csrf');
    const fields = await readFields(c);
    const token = text(fields.token);
    const now = services.now();
    const setup = (await inspectToken(db, config.secret, 'setup', token, now)).ok;
    const purpose = setup ? 'setup' : 'set-password';
    if (!(await inspectToken(db, config.secret, purpose, token, now)).ok) return c.html(invalidLinkPage(), 410);
    const password = text(fields.password);
    const email = normalizeEmail(text(fields.email));
    const errors: Record<string, string> = {};
    const problem = passwordMessage(password);
    if (problem) errors.password = problem;
    else if (password !== text(fields.repeat)) errors.repeat = strings.moderation.passwordsDiffer;
    if (setup && !z.email().safeParse(email).success) errors.email = strings.commentFields.invalidEmail;
    if (Object.keys(errors).length > 0) return c.html(passwordForm(token, setup, errors, { email, name: text(fields.name) }), 400);
    const used = await consumeToken(db, config.secret, purpose, token, now);
    if (!used.ok) return c.html(invalidLinkPage(), 410);
    let moderatorId = used.subject;
    if (setup) {
      // A setup link only creates the very first account.
      if ((await countModerators(db)) > 0) return c.html(invalidLinkPage(), 410);
      const added = await addModerator(db, email, text(fields.name).slice(0, 100), now);
      if (!added) return c.html(invalidLinkPage(), 410);
      moderatorId = added.id;
    }
    await setModeratorPassword(db, moderatorId, password, now);
    return c.html(standalonePage(strings.moderation.passwordPage.title, `<p role="status">${escapeHtml(strings.moderation.passwordPage.done)}</p><p><a href="/moderation/">/moderation/</a></p>`));
  });

  return app;
}

function invalidLinkPage(): string {
  return standalonePage(strings.moderation.passwordPage.title, `<p class="error">${escapeHtml(strings.moderation.passwordPage.invalid)}</p>`);
}

function passwordForm(token: string, setup: boolean, errors: Record<string, string> = {}, values: { email?: string; name?: string } = {}): string {
  const t = strings.moderation.passwordPage;
  const field = (name: string, label: string, type: string, autocomplete: string, value = '') =>
    `<label for="${name}">${escapeHtml(label)}</label>` +
    `<input id="${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" required value="${escapeHtml(value)}"${errors[name] ? ` aria-invalid="true" aria-describedby="${name}-error"` : ''}>` +
    (errors[name] ? `<p class="error" id="${name}-error">${escapeHtml(errors[name]!)}</p>` : '');
  return standalonePage(
    setup ? t.setupTitle : t.title,
    `<p>${escapeHtml(t.intro(MIN_PASSWORD_LENGTH))}</p><form method="post" action="${SET_PASSWORD_PATH}">` +
      `<input type="hidden" name="token" value="${escapeHtml(token)}">` +
      (setup ? field('email', t.email, 'email', 'username', values.email) + field('name', t.name, 'text', 'name', values.name) : '') +
      field('password', t.password, 'password', 'new-password') +
      field('repeat', t.repeat, 'password', 'new-password') +
      `<button type="submit">${escapeHtml(t.submit)}</button></form>`,
  );
}
