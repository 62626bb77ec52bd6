import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crossingImports, findCycle, importsOf, staticImportGraph } from '../../support/importGraph.ts';

const root = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'klartext-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes files (path → text) into a fresh folder of the scratch directory and returns it. */
function project(name: string, files: Record<string, string>): string {
  const folder = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const shown = (paths: string[]) => paths.map((path) => relative(root, path));

describe('layers', () => {
  it('finds every kind of import: static, type-only, re-export, dynamic and in .astro frontmatter and scripts', () => {
    const ts = `import a from './a.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.ts';\nimport './d.ts';\nconst e = await import('./e.ts');\n// import nope from './comment.ts';\nconst s = "import x from './string.ts'";`;
    expect(importsOf(ts, 'x.ts').map((entry) => entry.specifier)).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts']);
    expect(importsOf(ts, 'x.ts').find((entry) => entry.specifier === './e.ts')?.isStatic).toBe(false);
    const astro = `---\nimport type { T } from '../functions/t.ts';\n---\n<p>import y from './markup.ts'</p>\n<script>\n  import { run } from '../scripts/run.ts';\n</script>`;
    expect(importsOf(astro, 'Page.astro').map((entry) => entry.specifier)).toEqual(['../functions/t.ts', '../scripts/run.ts']);
  });

  it('reports a site file that imports the service, and not one that imports src/lib', () => {
    const folder = project('crossing', {
      'src/lib/view.ts': `import type { Row } from '../../functions/db/row.ts';\nexport type View = Row;`,
      'src/pages/page.astro': `---\nconst m = await import('../../functions/db/row');\n---`,
      'src/lib/ok.ts': `export const ok = 1;`,
      'functions/db/row.ts': `import { ok } from '../../src/lib/ok.ts';\nexport interface Row { id: string }`,
    });
    expect(crossingImports(join(folder, 'src'), join(folder, 'functions')).map((line) => line.split(' → ')[1]).sort()).toEqual([
      '../../functions/db/row',
      '../../functions/db/row.ts',
    ]);
    expect(crossingImports(join(folder, 'functions'), join(folder, 'src/pages'))).toEqual([]);
  });

  it('src/ imports nothing from functions/ (shared shapes live in src/lib/api/)', () => {
    expect(crossingImports(join(root, 'src'), join(root, 'functions'))).toEqual([]);
  });

  it('finds an import circle, also one made of type-only imports', () => {
    const folder = project('circle', {
      'functions/comments/a.ts': `import type { B } from './b.ts';\nexport interface A { b: B }`,
      'functions/comments/b.ts': `import type { A } from './a.ts';\nexport interface B { a?: A }`,
      'functions/comments/c.ts': `import type { A } from './a.ts';`,
    });
    expect(shown(findCycle(staticImportGraph(join(folder, 'functions'))) ?? []).map((path) => path.split('/').pop())).toEqual(['a.ts', 'b.ts', 'a.ts']);
  });

  it('ignores dynamic imports when looking for a circle (they load later, on demand)', () => {
    const folder = project('lazy', {
      'functions/db/open.ts': `export async function open() { return (await import('./driver.ts')).driver; }`,
      'functions/db/driver.ts': `import { open } from './open.ts';\nexport const driver = open;`,
    });
    expect(findCycle(staticImportGraph(join(folder, 'functions')))).toBeNull();
  });

  it('the modules of functions/ import each other without a circle', () => {
    const cycle = findCycle(staticImportGraph(join(root, 'functions')));
    expect(cycle && shown(cycle).join(' → ')).toBeNull();
  });
});
