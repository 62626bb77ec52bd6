import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What `astro build` and `astro dev` read of the project (src imports a type from functions/; cms.ts starts the editor). */
const PROJECT_FILES = ['src', 'public', 'functions', 'scripts', 'astro.config.mjs', 'keystatic.config.ts', 'tsconfig.json'];
const ROOTS = resolve('.test-dist/roots');

/**
 * A throwaway copy of the project's sources for one build or dev server.
 * Astro keeps generated modules (the content module map, types) in
 * `<root>/.astro/`, a folder no option moves: builds and dev servers of one
 * root, running side by side in parallel test files, overwrite each other's.
 * The copy lives below the checkout, so packages still resolve from its
 * node_modules/ and Vite's file access stays inside the project's package.
 * Without a package.json of its own, the checkout's is the one found.
 */
export async function projectRoot(): Promise<string> {
  await mkdir(ROOTS, { recursive: true });
  const root = await mkdtemp(join(ROOTS, 'root-'));
  await Promise.all(PROJECT_FILES.map((name) => cp(resolve(name), join(root, name), { recursive: true })));
  return root;
}

/** The checkout's content folder, for a build or dev server in a project root copy that names no other. */
export const PROJECT_CONTENT = resolve('content');
