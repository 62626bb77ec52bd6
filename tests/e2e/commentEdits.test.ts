import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setCommentStatus } from '../../functions/comments/commentStatus.ts';
import { strings } from '../../src/strings.ts';
import { startAkismetStandIn } from '../support/akismetStandIn.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { POST, storedComments } from '../support/commentClient.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { DATABASE_KINDS } from '../support/testDatabase.ts';

const ARTICLE = `/artikel/${POST}/`;
// The time trap refuses comments sent less than 3 s after the form's token was issued.
const HUMAN_PAUSE_MS = 3_200;
const t = strings.commentEdits;
/** The edit page's own form posts land on its address without the link's query. */
const posted = (url: URL) => url.pathname === '/kommentare/bearbeiten/' && url.search === '';

describe.each(DATABASE_KINDS)('e2e: a reader edits and deletes their own comment within 15 minutes on %s', (database) => {
  let akismet: Awaited<ReturnType<typeof startAkismetStandIn>>;

  beforeAll(async () => {
    akismet = await startAkismetStandIn();
  });
  afterAll(async () => {
    await akismet?.close();
  });
  // Akismet says ham and returning authors are published at once, so an edit that passes every check stays published.
  const site = useSiteInBrowser({ database, env: () => ({ AKISMET_KEY: 'test-key', AKISMET_ENDPOINT: akismet.url }) });

  beforeEach(async () => {
    await site.server.services.db.deleteFrom('comments').execute();
    site.server.services.cache.clear();
  });

  async function fillForm(page: Page, fields: { name: string; email: string; body: string }) {
    await page.fill('#kommentar-name', fields.name);
    await page.fill('#kommentar-email', fields.email);
    await page.fill('#kommentar-body', fields.body);
  }

  it('with JavaScript: the token stays in sessionStorage, „Bearbeiten“ changes the text („bearbeitet“), „Löschen“ removes it', async () => {
    const { page, outside, dialogs } = await site.open(ARTICLE, { acceptDialogs: true });
    await page.waitForSelector('form.comment-form[data-ready="true"]', { state: 'attached' });
    await fillForm(page, { name: 'Erika Muster', email: 'erika-edit@example.org', body: 'Erste Fassung mit Tippfeler.' });
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.click('.comment-submit');
    // A first comment waits for a moderator; meanwhile the status offers the edit page.
    await page.waitForSelector('a.comment-edit-link[href^="/kommentare/bearbeiten/?id="]');
    const [row] = await storedComments(site.server);
    const stored = await page.evaluate(() => sessionStorage.getItem('klartext-eigene-kommentare'));
    expect(JSON.parse(stored!)[row!.id]).toEqual({ token: expect.stringMatching(/^[0-9a-z]+\.[0-9a-f]{32}$/), body: 'Erste Fassung mit Tippfeler.' });
    expect(await page.context().cookies()).toEqual([]);

    // Published; the same tab comes back to the article.
    await setCommentStatus(site.server.services, row!.id, 'approved');
    await page.reload();
    const mine = page.locator(`#kommentar-${row!.id}`);
    await mine.locator('button.comment-edit').click();
    expect(await mine.locator('textarea').inputValue()).toBe('Erste Fassung mit Tippfeler.');
    await mine.locator('textarea').fill('Zweite Fassung, *ohne* Tippfehler.');
    await mine.locator('.comment-edit-form button[type="submit"]').click();
    await page.waitForSelector(`#kommentar-${row!.id} .comment-edited`);
    expect(await mine.locator('.comment-body').innerHTML()).toBe('<p>Zweite Fassung, <em>ohne</em> Tippfehler.</p>');
    expect(await mine.locator('.comment-edited').innerText()).toBe(t.edited);
    expect((await storedComments(site.server))[0]).toMatchObject({ status: 'approved', body_source: 'Zweite Fassung, *ohne* Tippfehler.' });

    // Another reader (another tab, no token) sees „bearbeitet“ but no buttons.
    const other = await site.open(ARTICLE);
    await other.page.waitForSelector(`#kommentar-${row!.id} .comment-edited`);
    expect(await other.page.locator('button.comment-edit, button.comment-delete').count()).toBe(0);

    await mine.locator('button.comment-delete').click();
    await page.waitForSelector(`#kommentar-${row!.id}`, { state: 'detached' });
    expect(dialogs).toEqual([t.confirmDelete]);
    expect(await storedComments(site.server)).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('without JavaScript: the confirmation page after the form post has the edit link’s form, which saves and deletes', async () => {
    const { page, outside } = await site.open(ARTICLE, { javaScriptEnabled: false });
    await fillForm(page, { name: 'Otto Ohne', email: 'otto-edit@example.org', body: 'Ganz ohne Skript.' });
    await Promise.all([page.waitForURL('**/kommentare/bearbeiten/?id=*'), page.click('.comment-submit')]);
    expect(await page.innerText('.comment-edit-notice')).toBe(strings.comments.pending);
    expect(await page.inputValue('#comment-edit-body')).toBe('Ganz ohne Skript.');
    const link = page.url();

    await page.fill('#comment-edit-body', 'Ganz ohne Skript, aber korrigiert.');
    await Promise.all([page.waitForURL(posted), page.click('.comment-edit-form button[value="save"]')]);
    expect(await page.innerText('.comment-edit-notice')).toBe(t.savedPending);
    const [row] = await storedComments(site.server);
    expect(row).toMatchObject({ body_source: 'Ganz ohne Skript, aber korrigiert.', status: 'pending', edited_at: expect.any(String) });

    // The page passes axe (bypassCSP only lets the test inject axe).
    const axePage = await site.blankPage({ bypassCSP: true });
    await axePage.goto(link);
    expect(await seriousAxeViolations(axePage)).toEqual([]);

    // The link from the confirmation page still works in the window (the reader comes back to it).
    await page.goto(link);
    expect(await page.inputValue('#comment-edit-body')).toBe('Ganz ohne Skript, aber korrigiert.');
    await Promise.all([page.waitForURL(posted), page.click('.comment-delete-form button[value="delete"]')]);
    expect(await page.innerText('.comment-edit-notice')).toBe(t.deleted);
    expect(await page.getAttribute(`a:text("${t.backToArticle}")`, 'href')).toBe(ARTICLE);
    expect(await storedComments(site.server)).toEqual([]);
    expect(outside).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('says on the privacy page where the token is kept: sessionStorage, no cookie, gone with the tab', async () => {
    const { page } = await site.open('/datenschutz/', { javaScriptEnabled: false });
    expect(await page.innerText('#eigene-kommentare-bearbeiten')).toBe(t.privacyHeading);
    const text = await page.innerText('.edit-token-notice');
    expect(text).toBe(t.privacy);
    expect(text).toContain('sessionStorage');
    expect(text).toContain('kein Cookie');
    expect(text).toContain('Tab schließen');
  });
});
