import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { MIN_TOKEN_AGE_MS } from '../../functions/spam/timeTrap.ts';
import { setCommentStatus } from '../../functions/comments/commentStatus.ts';
import { commentListHtml } from '../../src/lib/comments/commentListHtml.ts';
import type { PublicComment } from '../../src/lib/comments/commentThread.ts';
import { strings } from '../../src/strings.ts';
import { approvedRow } from '../support/commentRows.ts';
import { listComments, POST, postComment, storedComments, validComment } from '../support/commentClient.ts';
import { useSiteInBrowser, type OpenedPage } from '../support/siteInBrowser.ts';
import { DATABASE_KINDS } from '../support/testDatabase.ts';
import { XSS_BODIES, XSS_NAMES, XSS_URLS } from '../support/xssCorpus.ts';

const ARTICLE = `/artikel/${POST}/`;
// The time trap refuses comments sent less than 3 s after the form's token was issued.
const HUMAN_PAUSE_MS = MIN_TOKEN_AGE_MS + 200;

describe.each(DATABASE_KINDS)('e2e: comments on an article on %s', (database) => {
  const site = useSiteInBrowser({ database });

  let realNow: () => Date;
  beforeEach(async () => {
    await site.server.services.db.deleteFrom('comments').execute();
    site.server.services.cache.clear();
    realNow = site.server.services.now;
  });
  afterEach(() => {
    site.server.services.now = realNow;
  });

  /**
   * Instead of a reader's pause (the first test waits one for real): the service's clock moves on by it, so
   * the form's token is old enough for the time trap when the comment arrives.
   */
  const pauseLikeAHuman = () => {
    site.server.services.now = () => new Date(Date.now() + HUMAN_PAUSE_MS);
  };

  const open = (path: string, options: { javaScript?: boolean } = {}): Promise<OpenedPage> => site.open(path, { javaScriptEnabled: options.javaScript ?? true });

  /** The script's ready signal: the form holds a time-trap token, or every try failed (then it still submits). */
  const READY_FORM = 'form.comment-form[data-ready="true"]';
  const formReady = (page: Page) => page.waitForSelector(READY_FORM, { state: 'attached' });
  const tokenValue = (page: Page) => page.inputValue('input[name="token"]');

  async function fillForm(page: Page, fields: { name: string; email: string; body: string }) {
    await page.fill('#kommentar-name', fields.name);
    await page.fill('#kommentar-email', fields.email);
    await page.fill('#kommentar-body', fields.body);
  }

  async function approveAll() {
    for (const row of await storedComments(site.server)) await setCommentStatus(site.server.services, row.id, 'approved');
  }

  it('submits in place with JavaScript and says the comment waits for a moderator', async () => {
    const { page, outside } = await open(ARTICLE);
    await formReady(page);
    expect(await tokenValue(page)).not.toBe('');
    expect(await page.locator('.comment-count').innerText()).toBe(strings.comments.count(0));
    await fillForm(page, { name: 'Erika Muster', email: 'erika@example.org', body: 'Ein Kommentar *mit* Skript.' });
    await page.check('#kommentar-notify');
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.click('.comment-submit');
    await page.waitForFunction((text) => document.querySelector('.comment-status')!.textContent === text, strings.comments.pending);
    expect(page.url()).toBe(site.server.url + ARTICLE);
    expect(await page.inputValue('#kommentar-body')).toBe('');
    const [row] = await storedComments(site.server);
    // Without an Akismet key every comment waits; the time trap passed.
    expect(row).toMatchObject({ author_name: 'Erika Muster', notify: 1, status: 'pending' });
    expect(JSON.parse(row!.spam_reasons)).toEqual(['akismet-off']);
    expect(outside).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('still gets a time-trap token when the first token requests fail or stall', async () => {
    const context = await site.newContext();
    let requests = 0;
    await context.route('**/api/comments/token?*', async (route) => {
      requests++;
      if (requests === 1) return route.abort('connectionreset');
      if (requests === 2) return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"unavailable","code":"unavailable"}' });
      return route.continue();
    });
    const page = await context.newPage();
    await page.goto(site.server.url + ARTICLE);
    await formReady(page);
    expect(requests).toBe(3);
    const token = await tokenValue(page);
    expect(token).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{32}$/);
    await fillForm(page, { name: 'Geduldige Leserin', email: 'geduld@example.org', body: 'Trotz holpriger Verbindung.' });
    pauseLikeAHuman();
    await page.click('.comment-submit');
    await page.waitForFunction((text) => document.querySelector('.comment-status')!.textContent === text, strings.comments.pending);
    const [row] = await storedComments(site.server);
    // The time trap passed: only the missing Akismet key sends it to moderation, not "token-missing".
    expect(JSON.parse(row!.spam_reasons)).toEqual(['akismet-off']);
  });

  it('lets a reader whose token never arrives submit; the comment waits as token-missing', async () => {
    const context = await site.newContext();
    let requests = 0;
    await context.route('**/api/comments/token?*', (route) => {
      requests++;
      return route.abort('connectionrefused');
    });
    const page = await context.newPage();
    // The script pauses 0.5, 1, 2 and 4 s between its tries. The page's clock skips each pause once it is
    // set, instead of the test waiting 7.5 s for them; the tries themselves are real requests.
    await page.clock.install();
    await page.goto(site.server.url + ARTICLE);
    while ((await page.locator(READY_FORM).count()) === 0) await page.clock.fastForward(1_000);
    // Bounded: a handful of tries, then the script stops asking.
    expect(requests).toBeGreaterThan(1);
    expect(requests).toBeLessThanOrEqual(5);
    expect(await tokenValue(page)).toBe('');
    await fillForm(page, { name: 'Ohne Token', email: 'ohne@example.org', body: 'Kommt trotzdem an.' });
    await page.click('.comment-submit');
    await page.waitForFunction((text) => document.querySelector('.comment-status')!.textContent === text, strings.comments.pending);
    const [row] = await storedComments(site.server);
    expect(JSON.parse(row!.spam_reasons)).toEqual(['token-missing', 'akismet-off']);
  });

  it('shows field errors in place and keeps the text', async () => {
    const { page } = await open(ARTICLE);
    await fillForm(page, { name: 'Erika', email: 'keine-adresse', body: 'Dieser Text darf nicht verloren gehen.' });
    await page.click('.comment-submit');
    await page.waitForSelector('#kommentar-email-fehler:not([hidden])');
    expect(await page.innerText('#kommentar-email-fehler')).toBe(strings.commentFields.invalidEmail);
    expect(await page.inputValue('#kommentar-body')).toBe('Dieser Text darf nicht verloren gehen.');
    expect(await storedComments(site.server)).toEqual([]);
  });

  it('works without JavaScript: the form posts and the confirmation page links back to the article', async () => {
    const { page } = await open(ARTICLE, { javaScript: false });
    await fillForm(page, { name: 'Otto Ohne', email: 'otto@example.org', body: 'Ganz ohne Skript.' });
    // The confirmation page also lets the author edit it for 15 minutes (tests/e2e/commentEdits.test.ts).
    await Promise.all([page.waitForURL('**/kommentare/bearbeiten/?id=*'), page.click('.comment-submit')]);
    expect(await page.innerText('.comment-edit-notice')).toBe(strings.comments.pending);
    expect(await page.getAttribute(`a:text("${strings.commentEdits.backToArticle}")`, 'href')).toBe(ARTICLE);
    const [row] = await storedComments(site.server);
    expect(row).toMatchObject({ author_name: 'Otto Ohne', status: 'pending' });
    expect(JSON.parse(row!.spam_reasons)).toEqual(['token-missing', 'akismet-off']);
  });

  it('lets readers without JavaScript read approved comments on the comments page the <noscript> links to', async () => {
    await postComment(site.server, validComment({ name: 'Frieda', body: 'Lesbar ohne Skript.' }));
    await approveAll();
    const { page } = await open(ARTICLE, { javaScript: false });
    const link = page.locator('noscript a, a:has-text("Kommentare zu diesem Artikel lesen")');
    expect(await link.count()).toBeGreaterThan(0);
    const href = await link.first().getAttribute('href');
    expect(href).toBe(`/kommentare/${POST}/`);
    await page.goto(site.server.url + href!);
    expect(await page.locator('h1').innerText()).toContain(strings.comments.pageTitle('').trim());
    expect(await page.locator('.comment-body').innerText()).toBe('Lesbar ohne Skript.');
    expect(await page.locator('.comment-meta strong').innerText()).toBe('Frieda');
  });

  it('shows a reply threaded under its comment after approval', async () => {
    await postComment(site.server, validComment({ name: 'Erste Stimme', body: 'Der erste Kommentar.' }));
    await approveAll();
    const { page } = await open(ARTICLE);
    await page.waitForSelector('.comment-list');
    expect(await page.locator('.comment-count').innerText()).toBe(strings.comments.count(1));
    await page.click('.comment-reply');
    expect(await page.innerText('.comment-replying span')).toBe(strings.comments.replyTo('Erste Stimme'));
    await fillForm(page, { name: 'Zweite Stimme', email: 'zweite@example.org', body: 'Eine Antwort darauf.' });
    await formReady(page);
    pauseLikeAHuman();
    await page.click('.comment-submit');
    await page.waitForFunction((text) => document.querySelector('.comment-status')!.textContent === text, strings.comments.pending);
    const reply = (await storedComments(site.server)).find((row) => row.author_name === 'Zweite Stimme')!;
    expect(reply.parent_id).toBe((await storedComments(site.server)).find((row) => row.author_name === 'Erste Stimme')!.id);
    expect(await page.locator('.comment-replies').count()).toBe(0);

    await setCommentStatus(site.server.services, reply.id, 'approved');
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('.comment-replies');
    expect(await page.locator('.comment-list > li').count()).toBe(1);
    expect(await page.locator('.comment-list > li > .comment .comment-body').innerText()).toBe('Der erste Kommentar.');
    expect(await page.locator('.comment-replies > li .comment-body').innerText()).toBe('Eine Antwort darauf.');
    expect(await page.locator('.comment-count').innerText()).toBe(strings.comments.count(2));
    const indent = await page.locator('.comment-replies').evaluate((el) => parseFloat(getComputedStyle(el).marginLeft));
    expect(indent).toBeGreaterThan(0);

    const noJs = await open(`/kommentare/${POST}/`, { javaScript: false });
    expect(await noJs.page.locator('.comment-replies > li .comment-body').innerText()).toBe('Eine Antwort darauf.');
  });

  it('answers a reply without JavaScript through the comments page', async () => {
    const { id } = await (await postComment(site.server, validComment({ name: 'Ida' }))).json();
    await approveAll();
    const { page } = await open(`/kommentare/${POST}/`, { javaScript: false });
    await Promise.all([page.waitForURL(`**?antwort=${id}#kommentar-formular`), page.click('.comment-reply')]);
    expect(await page.innerText('.comment-replying span')).toBe(strings.comments.replyTo('Ida'));
    await fillForm(page, { name: 'Jan', email: 'jan@example.org', body: 'Antwort ohne Skript.' });
    await Promise.all([page.waitForURL('**/kommentare/bearbeiten/?id=*'), page.click('.comment-submit')]);
    expect((await storedComments(site.server)).find((row) => row.author_name === 'Jan')?.parent_id).toBe(id);
  });

  it('renders the XSS corpus without running any script, on the article, the comments page and with no CSP at all', async () => {
    const bodies = [...XSS_BODIES, ...XSS_NAMES.map((name) => `Name: ${name}`)];
    for (const [index, body] of bodies.entries()) {
      const res = await postComment(site.server, validComment({ body, name: XSS_NAMES[index % XSS_NAMES.length], url: index < XSS_URLS.length ? XSS_URLS[index] : undefined }));
      expect(res.status, body).toBe(201);
    }
    await approveAll();
    const comments = (await listComments(site.server)) as unknown as PublicComment[];
    expect(comments).toHaveLength(bodies.length);

    const check = async (page: Page, dialogs: string[], where: string) => {
      await page.waitForTimeout(200);
      expect(dialogs, where).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), where).toBeUndefined();
      const found = await page.evaluate(() => {
        const root = document.querySelector('.comment-list')!;
        return {
          dangerous: [...root.querySelectorAll('script, iframe, object, embed, svg, math, img, style, form, meta, details, body')].map((el) => el.tagName),
          handlers: [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'style').map((a) => `${el.tagName}[${a.name}]`)),
          protocols: [...root.querySelectorAll('a[href]')].map((a) => new URL((a as HTMLAnchorElement).href).protocol),
          rels: [...root.querySelectorAll('.comment-body a, .comment-meta a')].map((a) => a.getAttribute('rel')),
          count: root.querySelectorAll('.comment').length,
        };
      });
      expect(found.count, where).toBe(bodies.length);
      expect(found.dangerous, where).toEqual([]);
      expect(found.handlers, where).toEqual([]);
      expect(found.protocols.filter((p) => !['http:', 'https:', 'mailto:'].includes(p)), where).toEqual([]);
      expect(new Set(found.rels), where).toEqual(new Set(['nofollow ugc noopener']));
    };

    const article = await open(ARTICLE);
    await article.page.waitForSelector('.comment-list');
    await check(article.page, article.dialogs, 'article');
    const page = await open(`/kommentare/${POST}/`);
    await check(page.page, page.dialogs, 'comments page');
    // The CSP would stop inline script anyway; without it the markup alone must be harmless.
    const bare = await open('/robots.txt');
    await bare.page.setContent(commentListHtml(comments, { labels: { reply: 'Antworten' }, replyHref: (id) => `#${id}` }));
    await check(bare.page, bare.dialogs, 'no CSP');
  });

  it('shows the first 50 threads and the rest after „Weitere Kommentare laden“', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => approvedRow(`thread-${String(i).padStart(2, '0')}`, null, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
    await site.server.services.db.insertInto('comments').values(rows).execute();
    const { page } = await open(ARTICLE);
    const comments = page.locator('.comment-thread article.comment');
    await expect.poll(() => comments.count()).toBe(50);
    expect(await page.locator('#kommentar-thread-49').count()).toBe(1);
    expect(await page.locator('#kommentar-thread-50').count()).toBe(0);
    await page.getByRole('button', { name: strings.comments.loadMore }).click();
    await expect.poll(() => comments.count()).toBe(60);
    expect(await page.getByRole('button', { name: strings.comments.loadMore }).isVisible()).toBe(false);
  });

  it('follows a link to a comment on a later page (#kommentar-<id>)', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => approvedRow(`thread-${String(i).padStart(3, '0')}`, null, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
    await site.server.services.db.insertInto('comments').values(rows).execute();
    const { page } = await open(`${ARTICLE}#kommentar-thread-110`);
    await expect.poll(() => page.locator('#kommentar-thread-110').count()).toBe(1);
    await expect.poll(() => page.locator('#kommentar-thread-110').isVisible()).toBe(true);
  });

  it('loads one comment script of at most 6 KB compressed, only on article pages', async () => {
    const { page } = await open(ARTICLE);
    const src = await page.locator('script[src*="CommentSection"]').getAttribute('src');
    const source = await readFile(join(inject('siteDir'), src!));
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(6_000);
    const home = await open('/');
    expect(await home.page.locator('script[src*="CommentSection"]').count()).toBe(0);
  });
});
