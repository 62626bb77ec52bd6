import type { AstroIntegration } from 'astro';
import {
  dateProblems,
  duplicateSlugProblems,
  formatProblems,
  referenceProblems,
} from '../lib/content/contentProblems.ts';
import { formatGateFailure } from '../lib/factCheck/checkPost.ts';
import { readContentSnapshot } from './contentSnapshot.ts';
import { factCheckReports } from './factCheckReports.ts';

/** Checks a content folder for what Astro's schemas cannot see; returns the report or null. */
export async function checkContentDir(contentDir: string): Promise<string | null> {
  const { posts, pages, authors } = await readContentSnapshot(contentDir);
  const authorIds = new Set(authors.map((author) => author.id));
  const problems = [
    ...posts.flatMap((post) => [...dateProblems(post), ...referenceProblems(post, authorIds)]),
    ...pages.flatMap((page) => dateProblems(page, ['updatedDate'])),
    ...duplicateSlugProblems(posts.map((post) => ({ file: post.file, slug: post.id }))),
  ];
  return problems.length > 0 ? formatProblems(problems) : null;
}

/**
 * Fails `astro build` and `astro dev` before anything renders when the
 * content has errors that the collection schemas cannot catch: impossible
 * dates, unknown authors or reviewers, two posts with one address. A
 * production build also refuses every post set to be published whose
 * fact-check checklist is incomplete or stale (the dev server previews them).
 */
export function contentGate(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'klartext:content-gate',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        const report = await checkContentDir(options.contentDir);
        if (report) throw new Error(report);
        if (command !== 'build') return;
        const gate = formatGateFailure(await factCheckReports(options.contentDir, new Date()));
        if (gate) throw new Error(gate);
      },
    },
  };
}
