import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './env.ts';
import { postIdFromPath } from './lib/postId.ts';

const root = contentDir(process.env);

// YAML dates arrive as Date objects; strings are accepted too. An invalid
// date fails with the field's name instead of becoming "Invalid Date".
const date = z.coerce.date({ error: 'kein gültiges Datum (Format JJJJ-MM-TT)' });
const text = z.string().trim().min(1, 'darf nicht leer sein');
const httpUrl = z.url({ protocol: /^https?$/, error: 'keine gültige http(s)-URL' });

const imageKind = z.enum(['photo', 'symbolic', 'generated']).default('photo');

const source = z.object({
  id: text,
  title: text,
  url: httpUrl.optional(),
  reference: text.optional(),
  publisher: text,
  accessed: date,
  primary: z.boolean(),
  archiveUrl: httpUrl.optional(),
});

const factCheck = z.object({
  sources: z.array(source).default([]),
  noPrimarySourceReason: z.string().trim().optional(),
  claims: z
    // `asOf`: the date a figure refers to; the box shows it as „Stand“.
    .array(z.object({ claim: text, source: text, verified: z.boolean().default(false), asOf: date.optional() }))
    .default([]),
  headline: z
    .object({ overrides: z.array(z.object({ rule: text, reason: text })).default([]) })
    .default({ overrides: [] }),
  images: z
    .array(
      z.object({
        src: text,
        caption: z.string().optional(),
        credit: text,
        license: text,
        kind: imageKind,
      }),
    )
    .default([]),
  disclosure: z
    .object({
      sponsored: z.boolean(),
      sponsor: z.string().trim().optional(),
      conflicts: z.string().trim(),
    })
    .optional(),
  minors: z
    .object({
      concernsMinors: z.boolean(),
      namesPrivatePersons: z.boolean(),
      publicInterest: z.string().trim().optional(),
      identifyingDetailsRemoved: z.boolean().optional(),
    })
    .optional(),
  rightOfReply: z
    .object({
      criticised: z.array(text).default([]),
      requests: z
        .array(
          z.object({
            party: text,
            askedOn: date.optional(),
            answer: z.string().trim().optional(),
            notAskedReason: z.string().trim().optional(),
          }),
        )
        .default([]),
    })
    .optional(),
  // Every four-eyes review, oldest first: the first one precedes publication, later ones follow updates.
  reviews: z.array(z.object({ reviewer: reference('authors'), date })).default([]),
  // `before` and `after` quote the wording; npm run factcheck looks for `before` in the file's git history.
  corrections: z.array(z.object({ date, text, before: text.optional(), after: text.optional() })).default([]),
});

const posts = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: `${root}/posts`,
    generateId: ({ entry }) => postIdFromPath(entry),
  }),
  schema: ({ image }) =>
    z.object({
      title: text.max(120, 'ist länger als 120 Zeichen'),
      lead: text,
      pubDate: date,
      updatedDate: date.optional(),
      author: reference('authors'),
      category: text,
      tags: z.array(text).min(1, 'braucht mindestens ein Schlagwort'),
      hero: z
        .object({
          src: image(),
          alt: text,
          caption: z.string().trim().optional(),
          credit: text,
          license: text,
          kind: imageKind,
        })
        .optional(),
      draft: z.boolean().default(false),
      factCheck: factCheck.optional(),
    }),
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{json,md}', base: `${root}/authors` }),
  schema: ({ image }) =>
    z.object({
      name: text,
      role: text,
      bio: text,
      avatar: image().optional(),
      links: z.array(z.object({ label: text, url: z.string().trim().min(1) })).default([]),
    }),
});

const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/pages` }),
  schema: z.object({
    title: text,
    description: text,
    updatedDate: date.optional(),
  }),
});

export const collections = { posts, authors, pages };
