import type { AstroIntegration } from 'astro';

/**
 * Drafts and scheduled posts are shown only by `astro dev`. The decision is
 * tied to the command, not to NODE_ENV or Vite's mode, so no environment
 * variable left over in a shell can put a draft into a production build.
 */
export function draftPreview(): AstroIntegration {
  return {
    name: 'klartext:draft-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.KLARTEXT_SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
