import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FixturePost {
  /** Path below posts/, e.g. "2026/beispiel.mdx". */
  path: string;
  frontmatter: string;
  body?: string;
}

const BODY = '## Worum es geht\n\nEin kurzer Beispieltext über Datenschutz, Plattformen und die DSGVO.\n';

/** A fact-check block in which every checklist item is complete. */
export const COMPLETE_FACT_CHECK = `
  sources:
    - id: dsgvo
      title: "Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung)"
      url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
      publisher: "Amt für Veröffentlichungen der EU"
      accessed: 2026-01-10
      primary: true
  claims:
    - claim: "Die DSGVO gilt in der gesamten EU."
      source: dsgvo
      verified: true
  headline:
    overrides: []
  images: []
  disclosure:
    sponsored: false
    conflicts: "keine"
  minors:
    concernsMinors: false
    namesPrivatePersons: false
  rightOfReply:
    criticised: []
  reviews:
    - reviewer: jonas-becker
      date: 2026-01-14
  corrections: []`;

/** A frontmatter block that passes every check; tests replace the lines they are about. */
export function validFrontmatter(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    title: '"Ein Beispielartikel"',
    lead: '"Ein Vorspann, der sagt, worum es geht: Datenschutz nach der DSGVO."',
    pubDate: '2026-01-15',
    author: 'lena-hoffmann',
    category: 'Datenschutz',
    tags: '[DSGVO]',
    draft: 'false',
    factCheck: COMPLETE_FACT_CHECK,
    ...overrides,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

/**
 * Where the content folders of a run go: in the system's temp folder, outside any Git work tree (some tests need
 * content without history), in one folder per checkout that the global setup empties at the start of each run.
 * Before, every run left some thirty folders behind in the temp folder itself.
 */
export const RUN_CONTENTS = join(tmpdir(), `klartext-contents-${createHash('sha256').update(resolve('.')).digest('hex').slice(0, 12)}`);

/** A new, empty folder for one content folder (a dev server puts its Vite cache beside it, `<folder>-cache`). */
async function contentFolder(): Promise<string> {
  await mkdir(RUN_CONTENTS, { recursive: true });
  return mkdtemp(join(RUN_CONTENTS, 'content-'));
}

/** A content folder with the real authors and pages and the given posts. */
export async function fixtureContent(posts: FixturePost[]): Promise<string> {
  const dir = await contentFolder();
  await cp(resolve('content/authors'), join(dir, 'authors'), { recursive: true });
  await cp(resolve('content/pages'), join(dir, 'pages'), { recursive: true });
  for (const post of posts) {
    const file = join(dir, 'posts', post.path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, `---\n${post.frontmatter}\n---\n\n${post.body ?? BODY}`);
  }
  return dir;
}

/** A throwaway copy of the real content folder, for tests that write into it (the editor, `npm run new`). */
export async function contentCopy(): Promise<string> {
  const dir = await contentFolder();
  await cp(resolve('content'), dir, { recursive: true });
  return dir;
}
