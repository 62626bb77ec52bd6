import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/buildSite.ts';
import { startSiteServer } from '../support/siteServer.ts';

// What would betray the editor in a build: its routes, Keystatic's or React's code, the editor's text engine.
const EDITOR_TRACES = /keystatic|react-dom|__reactContainer|prosemirror|createRoot\(/i;

async function editorTraces(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = relative(outDir, join(entry.parentPath, entry.name));
    if (/keystatic/i.test(path)) found.push(path);
    else if (/\.(html|js|mjs|css|json|xml|txt)$/.test(entry.name) && EDITOR_TRACES.test(await readFile(join(outDir, path), 'utf8'))) found.push(path);
  }
  return found;
}

describe('build: the browser editor stays out of production', () => {
  let withVariable: BuildResult;
  let site: Awaited<ReturnType<typeof startSiteServer>>;

  beforeAll(async () => {
    // Even with the variable `npm run cms` sets, a build has no editor.
    withVariable = await buildSite({ env: { KLARTEXT_CMS: '1' } });
    expect(withVariable.code, withVariable.output).toBe(0);
    site = await startSiteServer(withVariable.outDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('says that KLARTEXT_CMS only works with npm run cms', () => {
    expect(withVariable.output).toContain('KLARTEXT_CMS wirkt nur mit `npm run cms`');
  });

  it('has no /keystatic route and no editor or React code, with or without the variable', async () => {
    for (const outDir of [withVariable.outDir, inject('siteDir')]) expect(await editorTraces(outDir), outDir).toEqual([]);
  });

  it('answers 404 for the editor and its file API on the self-hosted server', async () => {
    for (const path of ['/keystatic/', '/keystatic/collection/posts/', '/api/keystatic/tree/', '/redaktion/pruefung/dark-patterns-einwilligung/']) {
      expect((await fetch(site.url + path)).status, path).toBe(404);
    }
    const write = await fetch(`${site.url}/api/keystatic/update`, { method: 'POST', headers: { 'content-type': 'application/json', 'no-cors': '1' }, body: '{"additions":[],"deletions":[]}' });
    expect(write.status).not.toBe(200);
  });
});
