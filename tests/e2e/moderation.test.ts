import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { setCommentStatus } from '../../functions/comments/commentStatus.ts';
import { strings } from '../../src/strings.ts';
import { listComments, OTHER_POST, POST, postComment, storedComments, tokenFor, validComment } from '../support/commentClient.ts';
import { createModerator, GOOD_PASSWORD } from '../support/moderatorClient.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { useSiteInBrowser, type OpenedPage } from '../support/siteInBrowser.ts';

const q = strings.moderation.queue;
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

describe('e2e: the moderation page', () => {
  const site = useSiteInBrowser();
  let email: string;

  beforeAll(async () => {
    email = await createModerator(site.server);
  });
  beforeEach(async () => {
    await site.server.services.db.deleteFrom('comments').execute();
    site.server.services.cache.clear();
  });

  // Deleting asks for confirmation.
  const open = (path: string, viewport = DESKTOP, options: { bypassCSP?: boolean } = {}): Promise<OpenedPage> => site.open(path, { viewport, acceptDialogs: true, ...options });

  async function logIn(page: Page, password = GOOD_PASSWORD): Promise<void> {
    await page.waitForSelector('#mod-login:not([hidden])');
    await page.fill('#mod-email', email);
    await page.fill('#mod-password', password);
    await page.click('#mod-login button[type="submit"]');
  }

  /** A reader's comment; the first comment of an address always waits for a moderator. */
  async function pendingComment(fields: Record<string, unknown> = {}): Promise<string> {
    // Distinct creation times keep "newest first" well defined.
    await new Promise((wait) => setTimeout(wait, 5));
    const post = (fields.post as string | undefined) ?? POST;
    const res = await postComment(site.server, validComment({ ...fields, token: tokenFor(post) }));
    expect(res.status).toBe(201);
    const rows = await storedComments(site.server);
    const row = rows.at(-1)!;
    expect(row.status).toBe('pending');
    return row.id;
  }

  it('is a static page that search engines leave alone and the sitemap leaves out', async () => {
    // Should the script ever fail to take the form over, the password goes in a POST body, never into the address.
    const html = await readFile(join(inject('siteDir'), 'moderation/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toMatch(/<form class="mod-login" id="mod-login" method="post" action="\/api\/auth\/login"/);
    const sitemap = await readFile(join(inject('siteDir'), 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/moderation/');
  });

  it('logs in, approves from the queue with one click, and the comment appears on the article', async () => {
    await pendingComment({ name: 'Erika Muster', body: 'Ein Kommentar, der auf Freigabe wartet.' });
    const { page, context, outside } = await open('/moderation/');
    // Before the login nobody has a cookie.
    expect(await context.cookies()).toEqual([]);
    await logIn(page);
    const card = page.locator('.mod-comment', { hasText: 'Erika Muster' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Ein Kommentar, der auf Freigabe wartet.');
    expect(await card.innerText()).toContain(strings.moderation.spamReasons['akismet-off']);
    expect(await page.locator('[data-count="pending"]').innerText()).toBe('(1)');
    expect(await card.locator('a[href^="/artikel/"]').getAttribute('href')).toMatch(new RegExp(`^/artikel/${POST}/#kommentar-`));

    await card.locator('button[data-action="approve"]').click();
    await page.waitForFunction((text) => document.getElementById('mod-status')!.textContent === text, q.done.approve.replace('{name}', 'Erika Muster'));
    expect(await page.locator('.mod-comment').count()).toBe(0);
    expect(await page.locator('[data-count="approved"]').innerText()).toBe('(1)');

    // Visible to readers at once, on the article page.
    expect((await listComments(site.server)).map((comment) => comment.name)).toEqual(['Erika Muster']);
    const reader = await site.open(`/artikel/${POST}/`);
    await reader.page.locator('.comment', { hasText: 'Ein Kommentar, der auf Freigabe wartet.' }).waitFor();
    expect(await reader.context.cookies()).toEqual([]);
    expect(reader.outside).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('moderates by keyboard: j/k to move, a to approve, r to pick a reason, s for spam', async () => {
    // Newest first: Carla, Bert, Anna.
    for (const name of ['Anna', 'Bert', 'Carla']) await pendingComment({ name, email: `${name.toLowerCase()}@example.org` });
    const { page } = await open('/moderation/');
    await logIn(page);
    await page.locator('.mod-comment').nth(2).waitFor();
    expect(await page.locator('.mod-name').allInnerTexts()).toEqual(['Carla', 'Bert', 'Anna']);
    // After the login the first comment has focus.
    await page.waitForFunction(() => document.activeElement?.classList.contains('mod-comment'));
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.querySelector('.mod-name')?.textContent)).toBe('Bert');
    await page.keyboard.press('a');
    await page.waitForFunction(() => document.querySelectorAll('.mod-comment').length === 2);
    // Focus stays at the same place in the list: now on Anna.
    await page.waitForFunction(() => document.activeElement?.querySelector('.mod-name')?.textContent === 'Anna');
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.querySelectorAll('.mod-comment').length === 1);
    await page.keyboard.press('k');
    await page.keyboard.press('r');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('mod-reason');
    await page.selectOption('.mod-comment .mod-reason', 'off-topic');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.mod-comment').length === 0);

    const byName = Object.fromEntries((await storedComments(site.server)).map((row) => [row.author_name, row]));
    expect(byName.Bert).toMatchObject({ status: 'approved' });
    expect(byName.Anna).toMatchObject({ status: 'spam' });
    expect(byName.Carla).toMatchObject({ status: 'rejected', reject_reason: 'off-topic' });
    expect(await page.locator('.mod-help').innerText()).toContain(q.shortcutsHeading);
  });

  it('filters by status and article, and acts on a selection at phone width', async () => {
    await pendingComment({ name: 'Zum Ersten', email: 'eins@example.org' });
    await pendingComment({ name: 'Zum Zweiten', email: 'zwei@example.org', post: OTHER_POST });
    await pendingComment({ name: 'Zum Dritten', email: 'drei@example.org', post: OTHER_POST });
    const { page } = await open('/moderation/', PHONE);
    await logIn(page);
    await page.locator('.mod-comment').nth(2).waitFor();
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.selectOption('#mod-post', OTHER_POST);
    await page.click('#mod-filters button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('.mod-comment').length === 2);
    expect(page.url()).toContain(`post=${OTHER_POST}`);
    await page.check('#mod-select-all');
    expect(await page.locator('#mod-selected').innerText()).toBe(q.selected.replace('{n}', '2'));
    await page.click('button[data-bulk="spam"]');
    await page.waitForFunction(() => document.querySelectorAll('.mod-comment').length === 0);
    expect(await page.locator('#mod-status').innerText()).toBe(q.done.bulk.replace('{n}', '2'));

    await page.click('.mod-tabs a[data-status="spam"]');
    await page.waitForFunction(() => document.querySelectorAll('.mod-comment').length === 2);
    expect(page.url()).toContain('status=spam');
    expect(await page.locator('.mod-comment button[data-action="ham"]').count()).toBe(2);
    // The address is shareable: a reload shows the same view.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('.mod-comment').length === 2);
    expect(await page.locator('.mod-tabs a[aria-current="page"]').getAttribute('data-status')).toBe('spam');

    const statuses = Object.fromEntries((await storedComments(site.server)).map((row) => [row.author_name, row.status]));
    expect(statuses).toEqual({ 'Zum Ersten': 'pending', 'Zum Zweiten': 'spam', 'Zum Dritten': 'spam' });
  });

  it('shows reported comments with the readers’ reasons, and „Behalten“ keeps one and handles its reports', async () => {
    const id = await pendingComment({ name: 'Gemeldete Person', body: 'Ein Kommentar, den jemand meldet.' });
    await setCommentStatus(site.server.services, id, 'approved');
    const report = await fetch(`${site.server.url}/api/comments/${id}/report`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: 'advertising' }) });
    expect(report.status).toBe(202);
    const { page } = await open('/moderation/?status=reported');
    await logIn(page);
    const card = page.locator('.mod-comment', { hasText: 'Gemeldete Person' });
    await card.waitFor();
    expect(await page.locator('.mod-tabs a[aria-current="page"]').getAttribute('data-status')).toBe('reported');
    expect(await page.locator('[data-count="reported"]').innerText()).toBe('(1)');
    expect(await card.innerText()).toContain(q.reportsCount.replace('{n}', '1').replace('{reasons}', strings.moderation.rejectReasons.advertising));
    await card.locator('button[data-keep]').click();
    await page.waitForFunction((text) => document.getElementById('mod-status')!.textContent === text, q.done.keep.replace('{name}', 'Gemeldete Person'));
    expect(await page.locator('.mod-comment').count()).toBe(0);
    expect(await site.server.services.db.selectFrom('reports').selectAll().where('comment_id', '=', id).execute()).toEqual([]);
    expect((await storedComments(site.server)).find((row) => row.id === id)!.status).toBe('approved');
  });

  it('edits a comment’s text in place with „e“, refuses an empty text in German, and keeps the old text in the history', async () => {
    const id = await pendingComment({ name: 'Mit Tippfehler', body: 'Meine Telefonnummer ist 0170 1234567, ruft an!' });
    const { page } = await open('/moderation/');
    await logIn(page);
    const card = page.locator('.mod-comment', { hasText: 'Mit Tippfehler' });
    await card.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('mod-comment'));
    await page.keyboard.press('e');
    const text = card.locator('textarea');
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await card.locator('button[data-edit]').getAttribute('aria-expanded')).toBe('true');
    await text.fill('');
    await card.locator('form.mod-edit button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('.mod-edit-error')!.textContent !== '');
    expect(await card.locator('.mod-edit-error').innerText()).toBe(strings.commentFields.required);
    await text.fill('Meine Telefonnummer habe ich **entfernt**.');
    await card.locator('form.mod-edit button[type="submit"]').click();
    await page.waitForFunction((done) => document.getElementById('mod-status')!.textContent === done, q.done.edit.replace('{name}', 'Mit Tippfehler'));
    expect(await page.locator('.mod-comment .mod-body strong').innerText()).toBe('entfernt');
    expect(await page.locator('.mod-comment form.mod-edit').isHidden()).toBe(true);
    const row = (await storedComments(site.server)).find((r) => r.id === id)!;
    expect(row.body_source).toBe('Meine Telefonnummer habe ich **entfernt**.');
    const edits = await site.server.services.db.selectFrom('comment_edits').select('previous_source').where('comment_id', '=', id).execute();
    expect(edits).toEqual([{ previous_source: 'Meine Telefonnummer ist 0170 1234567, ruft an!' }]);
    // The history shows who edited and the earlier text.
    await page.locator('.mod-comment button[data-history]').click();
    const history = page.locator('.mod-comment .mod-history');
    await history.locator('blockquote').waitFor();
    expect(await history.innerText()).toContain(q.history.actions.edit);
    expect(await history.innerText()).toContain('Moderatorin');
    expect(await history.locator('blockquote').innerText()).toBe('Meine Telefonnummer ist 0170 1234567, ruft an!');
    expect(await page.locator('.mod-comment button[data-history]').getAttribute('aria-expanded')).toBe('true');
  });

  it('shows what the reader wrote as text, never as markup', async () => {
    await pendingComment({ name: '<img src=x onerror="window.pwned=1">', body: '<script>window.pwned=2</script> **fett**' });
    const { page, dialogs } = await open('/moderation/');
    await logIn(page);
    await page.locator('.mod-comment').waitFor();
    expect(await page.locator('.mod-name').innerText()).toBe('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('.mod-body strong').innerText()).toBe('fett');
    expect(await page.locator('.mod-comment img, .mod-comment script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('refuses a wrong password in German, and logging out ends the session for good', async () => {
    const { page, context } = await open('/moderation/');
    await logIn(page, 'falsches Passwort 123');
    await page.waitForFunction((text) => document.getElementById('mod-login-error')!.textContent === text, q.login.failed);
    expect(await context.cookies()).toEqual([]);

    await logIn(page);
    await page.waitForSelector('#mod-app:not([hidden])');
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    await page.click('#mod-logout');
    await page.waitForSelector('#mod-login:not([hidden])');
    // The old cookie is worthless now, even sent by hand.
    const me = await fetch(`${site.server.url}/api/auth/me`, { headers: { Cookie: `${cookie!.name}=${cookie!.value}` } });
    expect(me.status).toBe(401);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('#mod-login:not([hidden])');
  });

  it('leaves no request open, logged out and after logging out', async () => {
    // An answer the script never reads keeps its request open in the browser: the page never went idle.
    const { page, unfinished } = await open('/moderation/');
    await page.waitForSelector('#mod-login:not([hidden])');
    await expect.poll(unfinished, { timeout: 5_000 }).toEqual([]);
    await logIn(page);
    await page.waitForSelector('#mod-app:not([hidden])');
    await page.click('#mod-logout');
    await page.waitForSelector('#mod-login:not([hidden])');
    await expect.poll(unfinished, { timeout: 5_000 }).toEqual([]);
  });

  it('has no accessibility violations, logged out and with a queue', async () => {
    await pendingComment({ name: 'Barrierefrei', body: 'Text [mit Link](https://example.org/).' });
    // bypassCSP only lets the test inject axe; the site's own CSP forbids inline scripts.
    const { page } = await open('/moderation/', PHONE, { bypassCSP: true });
    await page.waitForSelector('#mod-login:not([hidden])');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await logIn(page);
    await page.locator('.mod-comment').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
