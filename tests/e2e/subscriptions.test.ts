import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../src/strings.ts';
import { POST } from '../support/commentClient.ts';
import { useSiteInBrowser, type OpenedPage } from '../support/siteInBrowser.ts';
import { startSmtpServer } from '../support/smtpServer.ts';

const ARTICLE = `/artikel/${POST}/`;
const t = strings.comments;

describe('e2e: "Neue Kommentare per E-Mail" under an article', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const site = useSiteInBrowser({ env: () => ({ SMTP_URL: smtp.url }) });

  const open = (path: string, javaScript = true): Promise<OpenedPage> => site.open(path, { javaScriptEnabled: javaScript });

  it('subscribes in place with JavaScript, and the mailed link confirms in the browser', async () => {
    const { page, outside } = await open(ARTICLE);
    expect(await page.locator('.comments h3', { hasText: t.subscribeHeading }).count()).toBe(1);
    await page.fill('#abo-email', 'mit-skript@example.org');
    await page.click('.subscribe-submit');
    await page.waitForFunction((text) => document.querySelector('.subscribe-status')!.textContent === text, t.subscribeRequested);
    expect(page.url()).toBe(site.server.url + ARTICLE);
    expect(await page.inputValue('#abo-email')).toBe('');
    expect(outside).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);

    await site.server.services.queues.idle();
    const mail = smtp.mails.find((m) => m.to.includes('mit-skript@example.org'))!;
    const link = /(http\S+\/benachrichtigung\/bestaetigen\/\?token=\S+)/.exec(mail.decoded)![1]!.replace('http://localhost:4321', site.server.url);
    await page.goto(link);
    // The button posts from the service's own page (Referrer-Policy no-referrer: the browser sends Origin: null).
    await Promise.all([page.waitForLoadState(), page.click('button[type="submit"]')]);
    expect(await page.locator('[role="status"]').innerText()).toBe(strings.moderation.notifications.articleConfirmed);
    const [row] = await site.server.services.db.selectFrom('subscriptions').selectAll().where('email', '=', 'mit-skript@example.org').execute();
    expect(row!.confirmed_at).not.toBeNull();
    expect(await page.context().cookies()).toEqual([]);
  });

  it('shows a wrong address in place with JavaScript', async () => {
    const { page } = await open(ARTICLE);
    await page.fill('#abo-email', 'keine-adresse');
    await page.click('.subscribe-submit');
    await page.waitForSelector('#abo-email-fehler:not([hidden])');
    expect(await page.innerText('#abo-email-fehler')).toBe(strings.commentFields.invalidEmail);
    expect(await page.getAttribute('#abo-email', 'aria-invalid')).toBe('true');
  });

  it('works without JavaScript: the form posts, returns to the article and shows a confirmation', async () => {
    const { page } = await open(ARTICLE, false);
    expect(await page.isVisible('#abo-angefragt')).toBe(false);
    await page.fill('#abo-email', 'ohne-skript@example.org');
    await Promise.all([page.waitForURL(`**${ARTICLE}#abo-angefragt`), page.click('.subscribe-submit')]);
    expect(await page.isVisible('#abo-angefragt')).toBe(true);
    expect(await page.innerText('#abo-angefragt')).toBe(t.subscribeRequested);
    expect(await site.server.services.db.selectFrom('subscriptions').selectAll().where('email', '=', 'ohne-skript@example.org').execute()).toHaveLength(1);

    await page.fill('#abo-email', 'immer noch falsch');
    await Promise.all([page.waitForURL(`**/api/subscriptions`), page.click('.subscribe-submit')]);
    expect(await page.innerText('#abo-email-fehler')).toBe(strings.commentFields.invalidEmail);
    expect(await page.inputValue('#abo-email')).toBe('immer noch falsch');
    expect(await page.context().cookies()).toEqual([]);
  });
});
