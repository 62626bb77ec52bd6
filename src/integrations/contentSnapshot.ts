import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readFrontmatter } from '../lib/content/frontmatter.ts';
import { postIdFromPath } from '../lib/postId.ts';

/** A content file as typed: frontmatter (dates still strings) and Markdown body. */
export interface RawEntry {
  /** Path shown to authors: relative to the project, or absolute outside it. */
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentSnapshot {
  posts: RawEntry[];
  pages: RawEntry[];
  authors: RawEntry[];
  /** The text of `editorial.json`, if the newsroom has one. */
  editorialConfig?: string;
}

async function filesIn(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => pattern.test(entry)).sort().map((entry) => join(dir, entry));
}

function shownPath(path: string): string {
  const inProject = relative(process.cwd(), path);
  return inProject.startsWith('..') ? path : inProject;
}

async function readEntry(path: string, id: string): Promise<RawEntry> {
  const source = await readFile(path, 'utf8');
  if (path.endsWith('.json')) return { file: shownPath(path), id, data: JSON.parse(source) as Record<string, unknown>, body: '' };
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
  return { file: shownPath(path), id, data: readFrontmatter(source), body };
}

const baseName = (path: string) => path.split('/').pop()!.replace(/\.(json|mdx?)$/, '');

const snapshots = new Map<string, Promise<ContentSnapshot>>();

/**
 * Reads the whole content folder straight from disk, before Astro's content
 * layer runs, for the checks and renderers that work on what authors typed.
 * One build reads it once; `astro dev` reads it again for every request.
 */
export function readContentSnapshot(contentDir: string, { fresh = false } = {}): Promise<ContentSnapshot> {
  let snapshot = snapshots.get(contentDir);
  if (!snapshot || fresh) snapshots.set(contentDir, (snapshot = readSnapshot(contentDir)));
  return snapshot;
}

async function readSnapshot(contentDir: string): Promise<ContentSnapshot> {
  const read = (paths: string[], idOf: (path: string) => string) => Promise.all(paths.map((path) => readEntry(path, idOf(path))));
  const [posts, pages, authors, editorialConfig] = await Promise.all([
    read(await filesIn(join(contentDir, 'posts'), /\.mdx?$/), postIdFromPath),
    read(await filesIn(join(contentDir, 'pages'), /^[^/]+\.mdx?$/), baseName),
    read(await filesIn(join(contentDir, 'authors'), /^[^/]+\.(json|md)$/), baseName),
    readFile(join(contentDir, 'editorial.json'), 'utf8').catch(() => undefined),
  ]);
  return { posts, pages, authors, editorialConfig };
}
