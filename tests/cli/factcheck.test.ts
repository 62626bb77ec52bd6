import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_FACT_CHECK, fixtureContent, validFrontmatter } from '../support/fixtureContent.ts';
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

  it('warns when the reason for not asking a criticised party repeats another post’s', async () => {
    const formula = (party: string, who: string) =>
      validFrontmatter({
        factCheck: COMPLETE_FACT_CHECK.replace(
          '    criticised: []',
          `    criticised: ["${party}"]\n    requests:\n      - party: "${party}"\n        notAskedReason: "Die Kritik stützt sich ausschließlich auf öffentliche Entscheidungen ${who}; keine neuen Vorwürfe."`,
        ),
      });
    const dir = await fixtureContent([
      { path: '2026/eins.mdx', frontmatter: formula('TikTok', 'der FTC') },
      { path: '2026/zwei.mdx', frontmatter: formula('Meta', 'der EU-Kommission') },
    ]);
    const { code, stdout } = await runScript('factcheck', [], { KLARTEXT_CONTENT_DIR: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('! Die Begründung, warum „TikTok“ nicht gefragt wurde, wiederholt fast wörtlich die Begründung in zwei (Meta)');
    expect(stdout).toContain('! Die Begründung, warum „Meta“ nicht gefragt wurde, wiederholt fast wörtlich die Begründung in eins (TikTok)');
  });

  describe('corrections carry evidence', () => {
    const EARLIER = '## Worum es geht\n\nDie DSGVO gilt seit 2016 in der gesamten EU.\n';
    const NOW = '## Worum es geht\n\nDie DSGVO gilt seit dem 25. Mai 2018 in der gesamten EU.\n';
    const corrected = (before: string) =>
      validFrontmatter({
        updatedDate: '2026-01-20',
        factCheck: COMPLETE_FACT_CHECK.replace('date: 2026-01-14', 'date: 2026-01-14\n    - reviewer: jonas-becker\n      date: 2026-01-20').replace(
          '  corrections: []',
          `  corrections:\n    - date: 2026-01-20\n      text: "Das Datum stimmte nicht."\n      before: "${before}"\n      after: "gilt seit dem 25. Mai 2018"`,
        ),
      });
    // Commits dated like the story: the first version before the correction of 20 January.
    const git = (cwd: string, date: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
        cwd,
        stdio: 'pipe',
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });

    it('accepts a correction whose earlier wording is in the file’s git history and refuses an invented one', async () => {
      const dir = await fixtureContent([
        { path: '2026/echt.mdx', frontmatter: validFrontmatter(), body: EARLIER },
        { path: '2026/erfunden.mdx', frontmatter: validFrontmatter(), body: NOW },
      ]);
      git(dir, '2026-01-15T10:00:00Z', 'init', '-q');
      git(dir, '2026-01-15T10:00:00Z', 'add', '.');
      git(dir, '2026-01-15T10:00:00Z', 'commit', '-q', '-m', 'Erste Fassung');
      await writeFile(join(dir, 'posts/2026/echt.mdx'), `---\n${corrected('gilt seit 2016')}\n---\n\n${NOW}`);
      await writeFile(join(dir, 'posts/2026/erfunden.mdx'), `---\n${corrected('gilt seit 2020')}\n---\n\n${NOW}`);
      git(dir, '2026-01-20T10:00:00Z', 'commit', '-q', '-am', 'Korrekturen');

      const { code, stdout } = await runScript('factcheck', [], { KLARTEXT_CONTENT_DIR: dir });
      expect(code).toBe(1);
      expect(stdout).toContain('✓ Ein Beispielartikel (echt)');
      expect(stdout).toContain('✗ Ein Beispielartikel (erfunden)');
      expect(stdout).toContain('Korrektur 1: Der frühere Wortlaut „gilt seit 2020“ kommt in keiner Fassung der Datei vor, die bis zum Tag der Korrektur in der git-Historie stand.');
    });

    it('warns outside git that the earlier wording could not be checked', async () => {
      const dir = await fixtureContent([{ path: '2026/ohne-git.mdx', frontmatter: corrected('gilt seit 2016'), body: NOW }]);
      const { code, stdout } = await runScript('factcheck', [], { KLARTEXT_CONTENT_DIR: dir });
      expect(code).toBe(0);
      expect(stdout).toContain('! Der frühere Wortlaut von Korrektur 1 konnte nicht geprüft werden: der Inhaltsordner ist kein git-Repository.');
    });
  });
});
