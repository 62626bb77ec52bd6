import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readFrontmatter } from '../lib/content/frontmatter.ts';
import {
  dateProblems,
  duplicateSlugProblems,
  formatProblems,
  referenceProblems,
  type ContentFile,
} from '../lib/content/contentProblems.ts';
import { postIdFromPath } from '../lib/postId.ts';

async function filesIn(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => pattern.test(entry)).sort().map((entry) => join(dir, entry));
}

/** Paths inside the project are shown relative to it, others in full. */
function shownPath(path: string): string {
  const inProject = relative(process.cwd(), path);
  return inProject.startsWith('..') ? path : inProject;
}

async function readContentFile(path: string): Promise<ContentFile> {
  return { file: shownPath(path), data: readFrontmatter(await readFile(path, 'utf8')) };
}

/** Checks a content folder for what Astro's schemas cannot see; returns the report or null. */
export async function checkContentDir(contentDir: string): Promise<string | null> {
  const authorIds = new Set(
    (await filesIn(join(contentDir, 'authors'), /^[^/]+\.(json|md)$/)).map((path) => path.split('/').pop()!.replace(/\.(json|md)$/, '')),
  );
  const postPaths = await filesIn(join(contentDir, 'posts'), /\.mdx?$/);
  const posts = await Promise.all(postPaths.map(readContentFile));
  const pages = await Promise.all((await filesIn(join(contentDir, 'pages'), /^[^/]+\.mdx?$/)).map(readContentFile));
  const problems = [
    ...posts.flatMap((post) => [...dateProblems(post), ...referenceProblems(post, authorIds)]),
    ...pages.flatMap((page) => dateProblems(page, ['updatedDate'])),
    ...duplicateSlugProblems(posts.map((post) => ({ file: post.file, slug: postIdFromPath(post.file) }))),
  ];
  return problems.length > 0 ? formatProblems(problems) : null;
}

/**
 * Fails `astro build` and `astro dev` before anything renders when the
 * content has errors that the collection schemas cannot catch: impossible
 * dates, unknown authors or reviewers, two posts with one address.
 */
export function contentGate(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'klartext:content-gate',
    hooks: {
      'astro:config:setup': async () => {
        const report = await checkContentDir(options.contentDir);
        if (report) throw new Error(report);
      },
    },
  };
}
