// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteUrl } from './src/env.ts';

// Pages that never belong in the sitemap (robots noindex as well).
const NOT_IN_SITEMAP = ['/moderation/', '/redaktion/'];

export default defineConfig({
  site: siteUrl(process.env),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Separate cache folders let tests build several fixture sites side by side.
  cacheDir: process.env.KLARTEXT_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !NOT_IN_SITEMAP.some((path) => page.includes(path)) }),
  ],
  markdown: { smartypants: false },
  devToolbar: { enabled: false },
  prefetch: false,
});
