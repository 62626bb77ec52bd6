import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { isoDate } from '../../src/lib/formatDate.ts';
import { strings } from '../../src/strings.ts';
import { buildSite } from '../support/buildSite.ts';
import { startEditorSession, type EditorSession } from '../support/editorSession.ts';
import { editor } from '../support/keystatic.ts';
import { runScript } from '../support/runScript.ts';

const DAY = 86_400_000;

describe('e2e: the browser editor of `npm run cms`', () => {
  let session: EditorSession;
  let browser: Browser;
  let dev: EditorSession['dev'];
  let contentDir: string;
  let newPage: EditorSession['newPage'];

  beforeAll(async () => {
    session = await startEditorSession();
    ({ browser, dev, contentDir, newPage } = session);
  });
  afterAll(() => session?.close());

  it(
    'creates a post with the checklist as a form, previews it, and the build publishes it only once the checklist is complete',
    async () => {
      const page = await newPage();
      const ui = editor(page);
      const day = (offset: number) => isoDate(new Date(Date.now() - offset * DAY));
      const year = new Date().getFullYear();
      await ui.open(`${dev.url}/keystatic/collection/posts/create`, ui.textbox('Titel'));

      // The checklist's own texts explain the form (the same ones /leitlinien/ and the gate use).
      const form = await page.locator('body').innerText();
      for (const item of Object.values(strings.checklist)) {
        expect(form).toContain(item.title);
        expect(form).toContain(item.text);
      }
      expect(form).toContain(strings.factCheck.sponsorMissingFix);
      expect(form).toContain(strings.factCheck.reviewerIsAuthorFix);

      await ui.textbox('Titel').fill('Neue Regeln für Empfehlungssysteme');
      await ui.textbox('Vorspann').fill('Was der Digital Services Act von Plattformen mit Empfehlungssystemen verlangt.');
      await ui.date('Erscheinungsdatum', day(3));
      await ui.pick('Autorin/Autor', 'lena-hoffmann');
      await ui.textbox('Kategorie').fill('Regulierung');
      await ui.addItem('Schlagwörter', (dialog) => ui.textbox('Schlagwort', dialog).fill('Digital Services Act'));
      await page.locator('[contenteditable="true"]').first().click();
      await page.keyboard.type('Der Digital Services Act verlangt von sehr großen Plattformen, für Empfehlungssysteme eine Option ohne Profiling anzubieten.');
      const svg = join(contentDir, '..', `grafik-${Date.now()}.svg`);
      await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>');
      await ui.insertImage(svg, 'Ein schwarzes Rechteck als Platzhalter');
      await ui.addItem('Quellen', async (dialog) => {
        await ui.textbox('Kurzname (id)', dialog).fill('dsa');
        await ui.textbox('Titel der Quelle', dialog).fill('Verordnung (EU) 2022/2065 (Digital Services Act)');
        await ui.textbox('Adresse (URL)', dialog).fill('https://eur-lex.europa.eu/eli/reg/2022/2065/oj');
        await ui.textbox('Herausgeber', dialog).fill('Amt für Veröffentlichungen der Europäischen Union');
        await ui.date('Abgerufen am', day(5), dialog);
        await dialog.getByRole('checkbox', { name: 'Primärquelle' }).check();
      });
      await ui.addItem('Behauptungen', async (dialog) => {
        expect(await dialog.innerText()).toContain(strings.factCheck.claimUnknownSourceFix);
        await ui.textbox('Behauptung', dialog).fill('Sehr große Plattformen müssen für Empfehlungssysteme eine Option ohne Profiling anbieten (Art. 38 DSA).');
        await ui.textbox('Quelle (Kurzname)', dialog).fill('dsa');
        await dialog.getByRole('checkbox', { name: 'An der Quelle geprüft' }).check();
      });
      // The uploaded image lies beside the post (posts/<year>/<name>/); the checklist lists it with credit and licence.
      await ui.addItem('Bilder', async (dialog) => {
        await ui.textbox('Bilddatei', dialog).fill(`../${year}/neue-regeln-fuer-empfehlungssysteme/${basename(svg)}`);
        await ui.textbox('Bildunterschrift', dialog).fill('Ein Platzhalter (Symbolbild)');
        await ui.textbox('Urheber', dialog).fill('Klartext');
        await ui.textbox('Lizenz', dialog).fill('CC BY 4.0');
        await ui.choose('Art des Bildes', 'Symbolbild', dialog);
      });
      await ui.choose('Anzeige', 'Nein');
      await ui.textbox('Interessenkonflikte').fill('keine');
      await ui.choose('Betrifft Minderjährige', 'Nein');
      await ui.choose('Nennt Privatpersonen', 'Nein');
      // The review is left open: the post starts as a draft (the editor's default for new posts).
      expect((await ui.save('Erstellen')).status()).toBe(200);

      const file = join(contentDir, `posts/${year}/neue-regeln-fuer-empfehlungssysteme.mdx`);
      await expect.poll(() => existsSync(file)).toBe(true);
      const data = readFrontmatter(await readFile(file, 'utf8'));
      expect(data).toMatchObject({
        title: 'Neue Regeln für Empfehlungssysteme',
        pubDate: day(3),
        author: 'lena-hoffmann',
        tags: ['Digital Services Act'],
        draft: true,
        factCheck: {
          sources: [{ id: 'dsa', accessed: day(5), primary: true }],
          claims: [{ source: 'dsa', verified: true }],
          images: [{ src: `../${year}/neue-regeln-fuer-empfehlungssysteme/${basename(svg)}`, credit: 'Klartext', kind: 'symbolic' }],
          disclosure: { sponsored: false, conflicts: 'keine' },
          minors: { concernsMinors: false, namesPrivatePersons: false },
          rightOfReply: { criticised: [] },
        },
      });
      expect(data.factCheck).not.toHaveProperty('reviews');
      expect(await readFile(file, 'utf8')).toContain(`![Ein schwarzes Rechteck als Platzhalter](../${year}/neue-regeln-fuer-empfehlungssysteme/${basename(svg)})`);
      expect(existsSync(join(contentDir, `posts/${year}/neue-regeln-fuer-empfehlungssysteme/${basename(svg)}`))).toBe(true);

      // The panel beside the form shows what `npm run factcheck` says about this post, word for word.
      const report = await runScript('factcheck', ['--post', 'neue-regeln-fuer-empfehlungssysteme'], { KLARTEXT_CONTENT_DIR: contentDir });
      expect(report.stdout).toContain(strings.factCheck.noReview);
      const panel = page.locator('[data-check-report]');
      await expect.poll(() => panel.innerText().catch(() => ''), { timeout: 30_000 }).toBe(report.stdout.trim());

      // Keystatic's preview link opens the article in the dev server with the draft banner.
      const link = await page.locator('a[href*="/redaktion/vorschau/"]').first().getAttribute('href');
      expect(link).toBe(`/redaktion/vorschau/${year}/neue-regeln-fuer-empfehlungssysteme/`);
      const preview = await browser.newPage();
      // What is checked is the page the dev server renders (after the redirect), not its images and
      // dev-mode modules, which under a loaded machine took longer than the navigation timeout to load.
      await preview.goto(dev.url + link, { waitUntil: 'commit' });
      expect(new URL(preview.url()).pathname).toBe('/artikel/neue-regeln-fuer-empfehlungssysteme/');
      expect(await preview.locator('.banner').innerText()).toBe(strings.post.draftBanner);
      await preview.close();

      // Published with the review missing: the production build refuses it, naming the item.
      await page.getByRole('checkbox', { name: 'Entwurf' }).uncheck();
      expect((await ui.save()).status()).toBe(200);
      const refused = await buildSite({ contentDir });
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain(`neue-regeln-fuer-empfehlungssysteme.mdx\n    ${strings.checklist.review.title}: ${strings.factCheck.noReview}`);

      // Another person reviewed it before its publication date: now the build publishes the article.
      await ui.addItem(strings.checklist.review.title, async (dialog) => {
        await ui.pick('Prüferin/Prüfer', 'jonas-becker');
        await ui.date('Geprüft am', day(4), dialog);
      });
      expect((await ui.save()).status()).toBe(200);
      await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('9/9');
      const built = await buildSite({ contentDir });
      expect(built.code, built.output).toBe(0);
      const html = await readFile(join(built.outDir, 'artikel/neue-regeln-fuer-empfehlungssysteme/index.html'), 'utf8');
      expect(html).toContain('Neue Regeln für Empfehlungssysteme');
      expect(html).not.toContain(strings.post.draftBanner);
      expect(html).toMatch(/<img [^>]*alt="Ein schwarzes Rechteck als Platzhalter"/);
      await page.close();
    },
    600_000,
  );

  it('refuses to open a text it could not save without loss, and leaves the file alone', async () => {
    const file = join(contentDir, 'posts/2026/mit-bild.mdx');
    const source = (await readFile(join(contentDir, 'posts/2026/clickbait-ehrliche-ueberschriften.mdx'), 'utf8')).replace('\n## ', '\n![Eine Grafik](./bilder/grafik.svg)\n\n## ');
    await writeFile(file, source);
    const page = await newPage();
    const ui = editor(page);
    const alert = page.getByText(/Der Editor kann diesen Text nicht verlustfrei speichern: ein Bild in Zeile \d+ des Textes/);
    await ui.open(`${dev.url}/keystatic/collection/posts/item/${encodeURIComponent('2026/mit-bild')}`, alert);
    expect(await page.getByRole('button', { name: 'Speichern' }).count()).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(source);
    await page.close();
  });

  it('loads nothing from other hosts: the editor page forbids Keystatic’s web font', async () => {
    const page = await newPage();
    const fromElsewhere: string[] = [];
    page.on('requestfinished', (request) => {
      if (!['127.0.0.1', ''].includes(new URL(request.url()).hostname)) fromElsewhere.push(request.url());
    });
    const response = await page.goto(`${dev.url}/keystatic/`);
    expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
    await page.getByRole('link', { name: strings.cms.posts, exact: true }).first().waitFor();
    expect(fromElsewhere).toEqual([]);
    await page.close();
  });

  describe('its file API', () => {
    const update = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${dev.url}/api/keystatic/update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'no-cors': '1', origin: dev.url, ...headers },
        body: JSON.stringify(body),
      });
    const addition = (path: string, text: string) => ({ path, contents: Buffer.from(text).toString('base64url') });
    const post = (frontmatter: string) => `---\n${frontmatter}\n---\nText über Datenschutz.\n`;
    const VALID = 'title: Ein Test\nlead: Ein Vorspann über Datenschutz.\npubDate: 2026-01-15\nauthor: lena-hoffmann\ncategory: Datenschutz\ntags:\n  - DSGVO\ndraft: true';

    it('refuses a write from another site', async () => {
      const response = await update({ additions: [addition('posts/2026/fremd.mdx', post(VALID))], deletions: [] }, { origin: 'http://angreifer.example' });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: strings.cms.save.crossOrigin, code: 'cross_origin' });
      expect(existsSync(join(contentDir, 'posts/2026/fremd.mdx'))).toBe(false);
    });

    it('refuses a file the site could not read, naming the field, and writes nothing', async () => {
      const halfHero = `${VALID}\nhero:\n  src: ./bilder/feed-raster.svg\n  credit: Klartext\n  license: CC BY 4.0`;
      const response = await update({ additions: [addition('posts/2026/halb.mdx', post(halfHero))], deletions: [] });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: string; code: string; fields: Record<string, string> };
      expect(body.code).toBe('invalid_entry');
      expect(Object.keys(body.fields)).toEqual(['hero.alt']);
      expect(body.error).toContain('posts/2026/halb.mdx wurde nicht gespeichert');
      expect(existsSync(join(contentDir, 'posts/2026/halb.mdx'))).toBe(false);
    });

    it('refuses a second post with the address of an existing one in another year', async () => {
      const response = await update({ additions: [addition('posts/2024/dark-patterns-einwilligung.mdx', post(VALID))], deletions: [] });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { fields: Record<string, string> };
      expect(body.fields).toEqual({ [strings.contentErrors.fileNameField]: strings.contentErrors.duplicateSlug('dark-patterns-einwilligung', 'posts/2026/dark-patterns-einwilligung.mdx') });
      expect(existsSync(join(contentDir, 'posts/2024'))).toBe(false);
    });

    it('answers a malformed update with 400 and writes nothing', async () => {
      for (const body of [{ additions: [null], deletions: [] }, { additions: [{ path: 'posts/2026/x.mdx', contents: 5 }], deletions: [] }, { additions: 'x' }]) {
        expect((await update(body)).status, JSON.stringify(body)).toBe(400);
      }
      expect(existsSync(join(contentDir, 'posts/2026/x.mdx'))).toBe(false);
    });

    it('replaces an entry file in one step, so the dev server never reads half of it', async () => {
      const file = join(contentDir, 'posts/2026/dark-patterns-einwilligung.mdx');
      const original = await readFile(file, 'utf8');
      const before = await stat(file);
      const response = await update({ additions: [addition('posts/2026/dark-patterns-einwilligung.mdx', original.replace('\n## ', '\nEin neuer Satz.\n\n## '))], deletions: [] });
      expect(response.status).toBe(200);
      // A new file renamed over the old one: a plain write would truncate the old file in place (same inode).
      expect((await stat(file)).ino).not.toBe(before.ino);
      expect(await readFile(file, 'utf8')).toContain('Ein neuer Satz.');
      expect((await readdir(join(contentDir, 'posts/2026'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // Keystatic's answer is the file tree after the save, with the entry's new blob.
      const tree = (await response.json()) as { path: string; sha: string }[];
      expect(tree.some((entry) => entry.path === 'posts/2026/dark-patterns-einwilligung.mdx')).toBe(true);
      expect((await update({ additions: [addition('posts/2026/dark-patterns-einwilligung.mdx', original)], deletions: [] })).status).toBe(200);
      expect(await readFile(file, 'utf8')).toBe(original);
    });

    it('writes nowhere outside the content folder', async () => {
      const response = await update({ additions: [addition('posts/../../ausbruch.mdx', post(VALID))], deletions: [] });
      expect(response.status).toBe(400);
      expect(existsSync(join(contentDir, '..', 'ausbruch.mdx'))).toBe(false);
    });
  });
});
