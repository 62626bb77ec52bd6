import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditorSession, type EditorSession } from '../support/editorSession.ts';
import { editor } from '../support/keystatic.ts';
import { runScript } from '../support/runScript.ts';

/** Every file below a folder, relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

// What an author may write by hand: comments, other quotes, a quoted date and one with a time, `*` lists.
const HAND_WRITTEN = `---
# Von Hand geschrieben.
title: Ein Artikel von Hand über Datenschutz
lead: 'Ein Vorspann über Datenschutz, in einfachen Anführungszeichen.'
pubDate: "2026-03-12"
updatedDate: 2026-03-14T09:30:00+01:00
author: lena-hoffmann   # die Autorin
category: Datenschutz
tags:
  - DSGVO
draft: true
---
Ein Text über *Datenschutz* mit einem [Link](https://example.org/):

* erster Punkt
* zweiter Punkt
`;

describe('e2e: the browser editor of `npm run cms` saves without loss', () => {
  let session: EditorSession;

  beforeAll(async () => {
    // Beside the samples, a draft from `npm run new` (YAML comments) and a file written by hand.
    session = await startEditorSession(async (contentDir) => {
      expect((await runScript('newPost', ['Ein Entwurf aus der Vorlage'], { KLARTEXT_CONTENT_DIR: contentDir })).code).toBe(0);
      await writeFile(join(contentDir, 'posts/2026/von-hand.mdx'), HAND_WRITTEN);
    });
  });
  afterAll(() => session?.close());

  /**
   * Saves, then waits until the dev server has re-read the file (and sent its reload, which the editor
   * ignores). It must never have read a half-written file (src/cms/apiRoute.ts writes entries atomically).
   */
  async function savedAndReloaded(save: () => Promise<unknown>) {
    // Astro colours its log when it thinks the terminal can (with CI=true, for one).
    const reloads = () => session.dev.log().replace(/\x1b\[[0-9;]*m/g, '').split('[glob-loader] Reloaded data from').length;
    const before = reloads();
    const logBefore = session.dev.log().length;
    await save();
    await expect
      .poll(reloads, { timeout: 30_000 })
      .toBeGreaterThan(before)
      .catch((error: Error) => {
        throw new Error(`${error.message}; the dev server said since the save:\n${session.dev.log().slice(logBefore).slice(-4000)}`);
      });
    expect(session.dev.log().slice(logBefore)).not.toContain('Failed to reload');
  }

  it(
    'opens and saves every sample article, page and author, a `npm run new` draft and a hand-written post without changing a byte',
    async () => {
      const page = await session.newPage();
      const ui = editor(page);
      const entries = [
        ...(await filesBelow(join(session.contentDir, 'posts'))).filter((file) => file.endsWith('.mdx')).map((file) => ({ collection: 'posts', file: `posts/${file}`, slug: file.replace(/\.mdx$/, ''), label: 'Titel', slugLabel: 'Datei (Jahr/Name)' })),
        ...(await filesBelow(join(session.contentDir, 'pages'))).map((file) => ({ collection: 'pages', file: `pages/${file}`, slug: file.replace(/\.mdx$/, ''), label: 'Titel', slugLabel: 'Datei' })),
        ...(await filesBelow(join(session.contentDir, 'authors'))).map((file) => ({ collection: 'authors', file: `authors/${file}`, slug: file.replace(/\.json$/, ''), label: 'Name', slugLabel: 'id' })),
      ];
      expect(entries.filter((entry) => entry.collection === 'posts').length).toBeGreaterThanOrEqual(12);
      for (const [index, { collection, file, slug, label, slugLabel }] of entries.entries()) {
        const original = await readFile(join(session.contentDir, file), 'utf8');
        const field = ui.textbox(label);
        // Ready when the form shows this entry (not the one before it). The app loads once, as an author's tab does.
        const url = `${session.dev.url}/keystatic/collection/${collection}/item/${encodeURIComponent(slug)}`;
        const ready = page.locator(`input[value="${slug}"]`).and(ui.textbox(slugLabel));
        await (index === 0 ? ui.open(url, ready) : ui.navigate(url, ready));
        const value = await field.inputValue();
        // Keystatic saves only a changed entry: change one field, save, change it back, save.
        await ui.change(field, `${value} (geändert)`);
        await savedAndReloaded(() => ui.save());
        expect(await readFile(join(session.contentDir, file), 'utf8'), file).toContain(`${value} (geändert)`);
        await ui.change(field, value);
        await savedAndReloaded(() => ui.save());
        expect(await readFile(join(session.contentDir, file), 'utf8'), file).toBe(original);
      }
      await page.close();
    },
    600_000,
  );
});
