import type { AstroIntegration } from 'astro';

/**
 * Drafts and scheduled posts, and the editors' dashboard at /redaktion/, are
 * shown only by `astro dev`. The decision is
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
        if (command === 'dev') injectRoute({ pattern: '/redaktion', entrypoint: './src/editorial/Dashboard.astro', prerender: false });
      },
    },
  };
}
