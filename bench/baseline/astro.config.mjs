// @ts-check
// The floor for `npm run bench -- build`: a bare Astro + MDX site that renders
// the same posts with nothing else. Klartext's build time is measured against it.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
});
