import { describe, expect, it } from 'vitest';
import { strings } from '../../src/strings.ts';
import { POST } from '../support/commentClient.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { DATABASE_KINDS } from '../support/testDatabase.ts';

const ARTICLE = `/artikel/${POST}/`;

describe.each(DATABASE_KINDS)('e2e: the comment preview toggle on %s', (database) => {
  const site = useSiteInBrowser({ database });

  it('shows the HTML the server would store in place of the text field, and back, storing nothing', async () => {
    const { page, outside } = await site.open(ARTICLE, { javaScriptEnabled: true });
    const toggle = page.getByRole('button', { name: strings.comments.preview });
    await toggle.waitFor();
    await page.fill('#kommentar-body', 'Ganz *wichtig* <img src=x onerror=alert(1)>');
    await toggle.click();
    const preview = page.locator('.comment-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('em').innerText()).toBe('wichtig');
    expect(await preview.locator('img').count()).toBe(0);
    expect(await page.locator('#kommentar-body').isVisible()).toBe(false);
    await page.getByRole('button', { name: strings.comments.previewBack }).click();
    expect(await page.locator('#kommentar-body').isVisible()).toBe(true);
    expect(await preview.isVisible()).toBe(false);
    expect(await page.inputValue('#kommentar-body')).toBe('Ganz *wichtig* <img src=x onerror=alert(1)>');
    expect(await site.server.services.db.selectFrom('comments').select('id').execute()).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('names what is wrong when there is nothing to preview', async () => {
    const { page } = await site.open(ARTICLE, { javaScriptEnabled: true });
    await page.getByRole('button', { name: strings.comments.preview }).click();
    await expect.poll(() => page.locator('.comment-preview').innerText()).toBe(strings.commentFields.required);
  });

  it('has no toggle without JavaScript', async () => {
    const { page } = await site.open(ARTICLE, { javaScriptEnabled: false });
    expect(await page.locator('.comment-preview-toggle').count()).toBe(0);
  });
});
