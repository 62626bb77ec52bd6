import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOTALS_FEATURE } from '../../functions/spam/filterQueries.ts';
import { strings } from '../../src/strings.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { postComment, storedComments, validComment } from '../support/commentClient.ts';
import { createModerator, GOOD_PASSWORD, login, moderatorFetch } from '../support/moderatorClient.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { HAM_EXAMPLES, HELD_OUT, SPAM_EXAMPLES } from '../support/spamExamples.ts';

const DESKTOP = { width: 1280, height: 900 };

describe('e2e: the spam filter on the moderation page', () => {
  const site = useSiteInBrowser({ env: { SPAM_FILTER: 'local', SPAM_MIN_DECISIONS: '6' } });
  let email: string;

  async function submit(body: string): Promise<string> {
    const res = await postComment(site.server, validComment({ body, name: `Leser ${body.slice(0, 12)}` }));
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  async function totals(): Promise<{ spam: number; ham: number }> {
    const row = await site.server.services.db.selectFrom('spam_features').select(['spam', 'ham']).where('feature', '=', TOTALS_FEATURE).executeTakeFirstOrThrow();
    return { spam: Number(row.spam), ham: Number(row.ham) };
  }

  async function logIn(page: Page): Promise<void> {
    await page.waitForSelector('#mod-login:not([hidden])');
    await page.fill('#mod-email', email);
    await page.fill('#mod-password', GOOD_PASSWORD);
    await page.click('#mod-login button[type="submit"]');
  }

  beforeAll(async () => {
    email = await createModerator(site.server);
    // A moderator trains the filter through the API, as the page would.
    const session = await login(site.server, email);
    const decide = async (id: string, action: string) => expect((await moderatorFetch(site.server, session, `/api/moderation/comments/${id}/${action}`, { method: 'POST' })).status).toBe(200);
    for (const body of SPAM_EXAMPLES) await decide(await submit(body), 'spam');
    for (const body of HAM_EXAMPLES) await decide(await submit(body), 'approve');
  });

  it('shows the score and the features that weighed most on each comment, and the moderator’s correction trains the filter', async () => {
    const spamId = await submit(HELD_OUT.spam);
    const unsureId = await submit(HELD_OUT.unknown);
    expect((await storedComments(site.server)).find((row) => row.id === spamId)!.status).toBe('spam');

    const { page, outside } = await site.open('/moderation/?status=spam', { viewport: DESKTOP, bypassCSP: true });
    await logIn(page);
    const card = page.locator(`#m-${spamId}`);
    await card.waitFor();
    expect(await card.locator('.mod-filter-score').innerText()).toMatch(/^Spamfilter: (9\d|100) % Spam \(sicher Spam\)$/);
    expect(await card.locator('.mod-notes').innerText()).toContain(strings.moderation.spamReasons['local-spam']);
    const clues = await card.locator('.mod-clue').allInnerTexts();
    expect(clues.length).toBeGreaterThanOrEqual(3);
    expect(clues.length).toBeLessThanOrEqual(5);
    // Each clue says which way it points, in words for screen readers.
    expect(clues.join('\n')).toMatch(/Wörter, die oft in Spam stehen: .*(casino|bonus|freispiele)|Link zu bekannter Spam-Domain: lucky-casino\.xyz/);
    expect(await card.locator('.mod-clue[data-direction="spam"] .visually-hidden').first().textContent()).toBe(`${strings.spamFilter.directions.spam}: `);
    // axe runs as an injected script, hence bypassCSP above.
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The moderator disagrees: "Kein Spam" publishes it and teaches the filter.
    const before = await totals();
    await card.locator('button[data-action="ham"]').click();
    await page.waitForFunction(() => document.querySelector('.mod-status')?.textContent?.includes('kein Spam'));
    expect((await storedComments(site.server)).find((row) => row.id === spamId)!.status).toBe('approved');
    expect(await totals()).toEqual({ spam: before.spam, ham: before.ham + 1 });

    // What it is unsure of waits in the queue, marked as such.
    await page.click('.mod-tabs a[data-status="pending"]');
    const unsure = page.locator(`#m-${unsureId}`);
    await unsure.waitFor();
    expect(await unsure.locator('.mod-filter-score').innerText()).toContain(`(${strings.spamFilter.outcomes.unsure})`);
    expect(await unsure.locator('.mod-notes').innerText()).toContain(strings.moderation.spamReasons['local-unsure']);
    expect(outside).toEqual([]);
  });
});
