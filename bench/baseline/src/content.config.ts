// The same posts folder as Klartext (BASELINE_CONTENT_DIR has its layout),
// with a schema that checks only what the page needs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = (process.env.BASELINE_CONTENT_DIR ?? '../../content').replace(/\/+$/, '');

const posts = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/posts` }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { posts };
