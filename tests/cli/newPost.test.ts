import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { buildSite } from '../support/buildSite.ts';
import { fixtureContent } from '../support/fixtureContent.ts';
import { runScript } from '../support/runScript.ts';

describe('npm run new', () => {
  it('scaffolds a draft with the checklist template under posts/<year>/<slug>.mdx', async () => {
    const contentDir = await fixtureContent([]);
    const { code, stdout } = await runScript('newPost', ['Größere Änderungen für Übersetzer', '--author', 'marie-schubert'], { KLARTEXT_CONTENT_DIR: contentDir });
    expect(code).toBe(0);
    const year = String(new Date().getFullYear());
    const file = join(contentDir, 'posts', year, 'groessere-aenderungen-fuer-uebersetzer.mdx');
    expect(stdout).toContain(file);
    const source = await readFile(file, 'utf8');
    expect(readFrontmatter(source)).toMatchObject({ title: 'Größere Änderungen für Übersetzer', author: 'marie-schubert', draft: true });
    for (const item of ['1. Quellen', '2. Behauptungen', '3. Überschrift', '4. Bilder', '5. Offenlegung', '6. Minderjährige', '7. Recht auf Stellungnahme', '8. Vier-Augen-Prüfung', '9. Korrekturen']) {
      expect(source).toContain(`# ${item}`);
    }

    // The draft builds; set to published without filling in the checklist, the gate refuses it.
    expect((await buildSite({ contentDir })).code).toBe(0);
    await writeFile(file, source.replace('draft: true', 'draft: false'));
    const gated = await buildSite({ contentDir });
    expect(gated.code).not.toBe(0);
    expect(gated.output).toContain('Es ist keine Quelle angegeben.');
  });

  it('refuses to overwrite an existing post and an unknown author', async () => {
    const contentDir = await fixtureContent([]);
    expect((await runScript('newPost', ['Doppelt'], { KLARTEXT_CONTENT_DIR: contentDir })).code).toBe(0);
    const again = await runScript('newPost', ['Doppelt'], { KLARTEXT_CONTENT_DIR: contentDir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('gibt es schon');
    const unknown = await runScript('newPost', ['Neu', '--author', 'niemand'], { KLARTEXT_CONTENT_DIR: contentDir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Die Person „niemand“ gibt es nicht.');
  });
});
