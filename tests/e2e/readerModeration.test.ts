import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMonth, shiftMonth } from '../../src/lib/moderationStats/moderationStats.ts';
import { strings } from '../../src/strings.ts';
import { POST, postComment, validComment } from '../support/commentClient.ts';
import { createModerator, login, moderatorFetch, type ModeratorSession } from '../support/moderatorClient.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { useSiteInBrowser, type OpenedPage } from '../support/siteInBrowser.ts';
import { startSmtpServer } from '../support/smtpServer.ts';

const ARTICLE = `/artikel/${POST}/`;
const reasons = strings.moderation.rejectReasons;

describe('e2e: reporting comments, moderation statistics and the data request form', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let session: ModeratorSession;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const site = useSiteInBrowser({ env: () => ({ SMTP_URL: smtp.url, COMMENT_AUTO_APPROVE: 'never' }) });
  beforeAll(async () => {
    session = await login(site.server, await createModerator(site.server));
  });

  const open = (path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<OpenedPage> =>
    site.open(path, { javaScriptEnabled: options.javaScript ?? true, ...(options.width ? { viewport: { width: options.width, height: 740 } } : {}) });

  async function approvedComment(body: string, email?: string): Promise<string> {
    const { id } = (await (await postComment(site.server, validComment({ body, ...(email ? { email } : {}) }))).json()) as { id: string };
    const res = await moderatorFetch(site.server, session, `/api/moderation/comments/${id}/approve`, { method: 'POST' });
    expect(res.status).toBe(200);
    return id;
  }

  const reportsOf = (id: string) => site.server.services.db.selectFrom('reports').select(['reason', 'reporter_hash']).where('comment_id', '=', id).execute();

  async function reportCount(id: string): Promise<number> {
    const list = (await (await moderatorFetch(site.server, session, '/api/moderation/comments?status=approved')).json()) as { comments: Array<{ id: string; reports: number }> };
    return list.comments.find((comment) => comment.id === id)!.reports;
  }

  it('reports an approved comment on the article: a disclosure button, a reason from the guidelines, thanks in place', async () => {
    const id = await approvedComment('Ein Kommentar, der Werbung macht.');
    const { page, outside } = await open(ARTICLE);
    const button = page.locator(`#kommentar-${id} button.comment-report`);
    await button.waitFor();
    // Seen: "Melden"; heard: which comment it reports.
    expect(await button.textContent()).toBe(`${strings.report.button}${strings.report.buttonOf('Anna Beispiel')}`);
    expect(await button.evaluate((element) => element.firstChild!.textContent)).toBe(strings.report.button);
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    await button.click();
    const form = page.locator(`#meldung-${id}`);
    await form.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.getAttribute('aria-controls')).toBe(`meldung-${id}`);
    expect(await form.locator('legend').innerText()).toBe(strings.report.legend);
    expect(await form.locator('label').allInnerTexts()).toEqual(Object.values(reasons));
    // Focus goes into the group, so a keyboard user can pick a reason at once.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('insult');

    // Sending without a reason asks for one, in German, and sends nothing.
    await form.locator('.report-submit').click();
    expect(await form.locator('.report-status').innerText()).toBe(strings.report.chooseReason);
    expect(await reportsOf(id)).toEqual([]);

    await form.getByLabel(reasons.advertising).check();
    await form.locator('.report-submit').click();
    await page.waitForFunction((text) => document.querySelector('.report-status')?.textContent === text, strings.report.thanks);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('report-status');
    expect(await button.isVisible()).toBe(false);

    const stored = await reportsOf(id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.reason).toBe('advertising');
    expect(await reportCount(id)).toBe(1);
    expect(outside).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('closes the report form with Escape or “Abbrechen” and gives the focus back to the button', async () => {
    const id = await approvedComment('Noch ein Kommentar.');
    const { page } = await open(ARTICLE);
    const button = page.locator(`#kommentar-${id} button.comment-report`);
    await button.click();
    await page.keyboard.press('Escape');
    expect(await page.locator(`#meldung-${id}`).isHidden()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-report'))).toBe(id);
    await page.keyboard.press('Enter');
    expect(await page.locator(`#meldung-${id}`).isVisible()).toBe(true);
    await page.locator(`#meldung-${id} .report-cancel`).click();
    expect(await page.locator(`#meldung-${id}`).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-report'))).toBe(id);
  });

  it('fits the open report form on a phone without horizontal scrolling', async () => {
    const id = await approvedComment('Ein Kommentar für das Telefon.');
    const { page } = await open(ARTICLE, { width: 360 });
    await page.locator(`#kommentar-${id} button.comment-report`).click();
    await page.locator(`#meldung-${id}`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('reports without JavaScript through the comments page: a link, a plain form post, thanks on the page', async () => {
    const id = await approvedComment('Ein Kommentar mit Telefonnummer.');
    const { page } = await open(`/kommentare/${POST}/`, { javaScript: false });
    expect(await page.isVisible('#meldung-eingegangen')).toBe(false);
    await Promise.all([page.waitForURL(`**?melden=${id}#meldung-${id}`), page.locator(`#kommentar-${id} a.comment-report`).click()]);
    const form = page.locator(`#meldung-${id}`);
    expect(await form.getAttribute('action')).toBe(`/api/comments/${id}/report`);

    // No reason: the page again, with the form open and the reason in German.
    await Promise.all([page.waitForLoadState(), form.locator('.report-submit').click()]);
    expect(await page.locator(`#meldung-${id} .report-status`).innerText()).toBe(strings.report.chooseReason);
    expect(await reportsOf(id)).toEqual([]);

    await page.locator(`#meldung-${id}`).getByLabel(reasons['personal-data']).check();
    await Promise.all([page.waitForURL(`**/kommentare/${POST}/#meldung-eingegangen`), page.locator(`#meldung-${id} .report-submit`).click()]);
    expect(await page.isVisible('#meldung-eingegangen')).toBe(true);
    expect(await page.innerText('#meldung-eingegangen')).toBe(strings.report.thanks);
    expect((await reportsOf(id)).map((row) => row.reason)).toEqual(['personal-data']);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('shows this month’s moderation numbers on /leitlinien/ as the statistics API gives them, and earlier months', async () => {
    await approvedComment('Freigeschaltet für die Statistik.');
    for (const reason of ['insult', 'insult', 'off-topic'] as const) {
      const { id } = (await (await postComment(site.server, validComment({ body: `Abgelehnt wegen ${reason} ${Math.random()}` }))).json()) as { id: string };
      expect((await moderatorFetch(site.server, session, `/api/moderation/comments/${id}/reject`, { method: 'POST', body: { reason } })).status).toBe(200);
    }
    await postComment(site.server, validComment({ body: 'Wartet noch.' }));
    const stats = (await (await fetch(`${site.server.url}/api/moderation-stats`)).json()) as { month: string; comments: Record<string, number>; rejectReasons: Record<string, number> };
    expect(stats.rejectReasons.insult).toBe(2);

    const { page, outside } = await open('/leitlinien/');
    const section = page.locator('.moderation-stats');
    await section.locator('table').first().waitFor();
    const tables = await section.locator('table').evaluateAll((elements) =>
      elements.map((table) => ({
        caption: table.querySelector('caption')!.textContent,
        rows: [...table.querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')!.textContent, row.querySelector('td')!.textContent]),
      })),
    );
    const monthName = formatMonth(stats.month);
    expect(tables[0]!.caption).toBe(strings.moderationStats.statusCaption(monthName));
    expect(tables[0]!.rows).toEqual([
      [strings.moderationStats.status.approved, String(stats.comments.approved)],
      [strings.moderationStats.status.pending, String(stats.comments.pending)],
      [strings.moderationStats.status.rejected, String(stats.comments.rejected)],
      [strings.moderationStats.status.spam, String(stats.comments.spam)],
    ]);
    expect(tables[1]!.rows).toEqual(Object.entries(reasons).map(([code, label]) => [label, String(stats.rejectReasons[code])]));
    expect(await section.locator('.stats-status').innerText()).toBe(strings.moderationStats.shown(monthName));
    expect(await section.locator('.stats-next').isDisabled()).toBe(true);

    await section.locator('.stats-previous').click();
    const previous = formatMonth(shiftMonth(stats.month, -1));
    await page.waitForFunction((text) => document.querySelector('.stats-status')!.textContent === text, strings.moderationStats.shown(previous));
    expect(await section.locator('caption').first().innerText()).toBe(strings.moderationStats.statusCaption(previous));
    expect(await section.locator('tbody td').allInnerTexts()).toEqual(Array(9).fill('0'));
    expect(await section.locator('.stats-next').isDisabled()).toBe(false);
    expect(outside).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('keeps a readable text on /leitlinien/ without JavaScript and when the service cannot be reached', async () => {
    const noJs = await open('/leitlinien/', { javaScript: false });
    const fallback = await noJs.page.locator('.moderation-stats .stats-status').innerText();
    expect(fallback).toContain(strings.moderationStats.fallback);
    expect(await noJs.page.locator('.moderation-stats .stats-nav').isHidden()).toBe(true);

    const context = await site.newContext();
    const page = await context.newPage();
    await page.route('**/api/moderation-stats**', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' }));
    await page.goto(`${site.server.url}/leitlinien/`, { waitUntil: 'networkidle' });
    await page.waitForFunction((text) => document.querySelector('.stats-status')!.textContent === text, strings.moderationStats.loadFailed);
    expect(await page.locator('.moderation-stats table').count()).toBe(0);
  });

  it('sends the data link from /datenschutz/ in place with JavaScript, and the mail arrives', async () => {
    const email = 'leserin-js@example.org';
    await approvedComment('Mein Kommentar für die Auskunft.', email);
    const { page, outside } = await open('/datenschutz/');
    await page.fill('#data-request-email', 'keine-adresse');
    await page.click('form.data-request button[type="submit"]');
    await page.waitForFunction((text) => document.querySelector('.data-request-status')!.textContent === text, strings.commentFields.invalidEmail);
    expect(await page.getAttribute('#data-request-email', 'aria-invalid')).toBe('true');

    await page.fill('#data-request-email', email);
    await page.click('form.data-request button[type="submit"]');
    await page.waitForFunction((text) => document.querySelector('.data-request-status')!.textContent === text, strings.moderation.dataAccess.requested);
    expect(page.url()).toBe(`${site.server.url}/datenschutz/`);
    await site.server.services.queues.idle();
    const mail = smtp.mails.find((m) => m.to.includes(email));
    expect(mail?.decoded).toMatch(/\/datenschutz\/meine-daten\/\?token=/);
    expect(outside).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('sends the data link from /datenschutz/ without JavaScript: the service answers with a German page', async () => {
    const email = 'leser-ohne-js@example.org';
    await approvedComment('Ohne Skript kommentiert.', email);
    const { page } = await open('/datenschutz/', { javaScript: false });
    await page.fill('#data-request-email', email);
    await Promise.all([page.waitForURL('**/api/privacy/request'), page.click('form.data-request button[type="submit"]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.innerText('main')).toContain(strings.moderation.dataAccess.requested);
    expect(await page.locator(`a[href="/datenschutz/#meine-kommentare"]`).innerText()).toBe(strings.dataRequest.back);
    await site.server.services.queues.idle();
    expect(smtp.mails.some((m) => m.to.includes(email) && m.decoded.includes('/datenschutz/meine-daten/?token='))).toBe(true);
  });

  it('has no serious or critical axe violation with the report form open, the numbers shown and the request answered', async () => {
    const id = await approvedComment('Ein Kommentar für die Prüfung der Barrierefreiheit.');
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      // bypassCSP only lets the test inject axe; the site's own CSP forbids inline scripts.
      const page = await site.blankPage({ colorScheme, bypassCSP: true });
      const check = async (where: string) => {
        for (const violation of await seriousAxeViolations(page)) found.push(`${colorScheme} ${where}: ${violation}`);
      };
      await page.goto(site.server.url + ARTICLE, { waitUntil: 'networkidle' });
      await page.locator(`#kommentar-${id} button.comment-report`).click();
      await page.locator(`#meldung-${id} .report-submit`).click();
      await check('article, report form with its message');
      await page.goto(`${site.server.url}/kommentare/${POST}/?melden=${id}`, { waitUntil: 'networkidle' });
      await check('comments page, report form');
      await page.goto(`${site.server.url}/leitlinien/`, { waitUntil: 'networkidle' });
      await page.locator('.moderation-stats table').first().waitFor();
      await check('guidelines, statistics');
      await page.goto(`${site.server.url}/datenschutz/`, { waitUntil: 'networkidle' });
      await page.fill('#data-request-email', 'kaputt');
      await page.click('form.data-request button[type="submit"]');
      await page.waitForFunction(() => document.querySelector('.data-request-status')!.textContent !== '');
      await check('privacy page, request answered');
    }
    expect(found).toEqual([]);
  });
});
