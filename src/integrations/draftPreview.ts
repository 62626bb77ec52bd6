import type { AstroIntegration } from 'astro';

/**
 * Drafts and scheduled posts, the editors' dashboard at /redaktion/ and the
 * per-post report behind it are shown only by `astro dev`. The decision is
 * tied to the command, not to NODE_ENV or Vite's mode, so no environment
 * variable left over in a shell can put a draft into a production build.
 */
export function draftPreview(): AstroIntegration {
  return {
    name: 'klartext:draft-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, injectRoute }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.KLARTEXT_SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
        // The editors' dashboard exists only in the dev server, never in a build.
        if (command !== 'dev') return;
        injectRoute({ pattern: '/redaktion', entrypoint: './src/editorial/Dashboard.astro', prerender: false });
        // One post's report for the browser editor's panel, and its preview link (npm run cms).
        injectRoute({ pattern: '/redaktion/pruefung/[id]', entrypoint: './src/editorial/checkReport.ts', prerender: false });
        injectRoute({ pattern: '/redaktion/vorschau/[...path]', entrypoint: './src/editorial/previewRedirect.ts', prerender: false });
      },
    },
  };
}
