import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { collections } from '../content.config.ts';

export type CollectionName = keyof typeof collections;

/** Frontmatter (or JSON) as Astro's content layer would read it. */
function dataOf(text: string, format: 'mdx' | 'json'): unknown {
  if (format === 'json') return JSON.parse(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(text);
  return match ? (load(match[1] ?? '') ?? {}) : {};
}

/**
 * Checks a file the editor is about to write against the same zod schema the
 * site's content layer uses, so the editor cannot store what `npm run dev`
 * and the build would reject (a half-filled hero image, a review without a
 * date). Returns `field: message` per problem. Images are checked as paths here;
 * whether the file exists is the content layer's job.
 */
export function entryProblems(collection: CollectionName, text: string, format: 'mdx' | 'json'): Record<string, string> {
  const definition = collections[collection] as unknown as { schema: unknown };
  const schema = (typeof definition.schema === 'function' ? definition.schema({ image: () => z.string() }) : definition.schema) as z.ZodType;
  const result = schema.safeParse(dataOf(text, format));
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}
