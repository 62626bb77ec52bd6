// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentDir, siteUrl } from './src/env.ts';
import { contentGate } from './src/integrations/contentGate.ts';
import { draftPreview } from './src/integrations/draftPreview.ts';
import { ogCards } from './src/integrations/ogCards.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';

// `npm run cms` sets KLARTEXT_CMS=1: only then is the browser editor (and React) loaded at all.
const cms = process.env.KLARTEXT_CMS === '1' ? [(await import('./src/integrations/cmsEditor.ts')).cmsEditor()] : [];

// Pages that never belong in the sitemap (robots noindex as well).
const NOT_IN_SITEMAP = ['/moderation/', '/redaktion/', '/kommentare/', '/suche/'];

export default defineConfig({
  site: siteUrl(process.env),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Separate cache folders let tests build several fixture sites side by side.
  cacheDir: process.env.KLARTEXT_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    contentGate({ contentDir: contentDir(process.env) }),
    draftPreview(),
    ...cms,
    ogCards({ contentDir: contentDir(process.env) }),
    searchIndex({ contentDir: contentDir(process.env) }),
    // German quotation marks are typed as „…“; SmartyPants would turn straight quotes into English ones.
    mdx({ smartypants: false }),
    sitemap({ filter: (page) => !NOT_IN_SITEMAP.some((path) => page.includes(path)) }),
  ],
  // Scripts (the comment section's) must be files: the CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  prefetch: false,
});
