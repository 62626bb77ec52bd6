import { describe, expect, it } from 'vitest';
import { fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';
import { runScript } from '../support/runScript.ts';

describe('npm run factcheck', () => {
  it('passes the sample content: every published article meets the checklist', async () => {
    const { code, stdout } = await runScript('factcheck');
    expect(stdout).toMatch(/Artikel können erscheinen\./);
    expect(code).toBe(0);
  });

  it('fails when a post due for publication has a gap, and says which item', async () => {
    const contentDir = await fixtureContent([
      { path: '2026/ok.mdx', frontmatter: validFrontmatter() },
      { path: '2026/luecke.mdx', frontmatter: validFrontmatter({ title: '"Was die DSGVO verlangt!!"' }) },
    ]);
    const { code, stdout } = await runScript('factcheck', [], { KLARTEXT_CONTENT_DIR: contentDir });
    expect(code).toBe(1);
    expect(stdout).toContain('✗ Was die DSGVO verlangt!! (luecke) – veröffentlicht, 8/9 Punkte erfüllt');
    expect(stdout).toContain('  ✗ Überschrift');
    expect(stdout).toContain('✓ Ein Beispielartikel (ok) – veröffentlicht, 9/9 Punkte erfüllt');
  });

  it('reports one post as JSON for tools', async () => {
    const contentDir = await fixtureContent([{ path: '2026/ok.mdx', frontmatter: validFrontmatter() }]);
    const { code, stdout } = await runScript('factcheck', ['--json', '--post', 'ok'], { KLARTEXT_CONTENT_DIR: contentDir });
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout);
    expect(report).toMatchObject({ id: 'ok', status: 'published', done: 9, blocksBuild: false });
    expect(report.items).toHaveLength(9);
  });

  it('names an unknown post', async () => {
    const { code, stderr } = await runScript('factcheck', ['--post', 'gibt-es-nicht']);
    expect(code).toBe(2);
    expect(stderr).toContain('Es gibt keinen Artikel „gibt-es-nicht“.');
  });
});
