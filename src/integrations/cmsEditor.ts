import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITOR_PATH, withTrailingSlash } from '../lib/cms/editorPath.ts';

const EDITOR_CSP = "style-src 'self' 'unsafe-inline'; font-src 'self' data:";

/**
 * The browser editor (Keystatic) at /keystatic, for `npm run cms` only.
 * astro.config.mjs adds this integration when KLARTEXT_CMS=1; it then
 * injects the editor's page and file API into the dev server and nothing into
 * a build: `astro build` with the variable set still produces a site without
 * the editor, React or its API.
 */
export function cmsEditor(): AstroIntegration {
  return {
    name: 'klartext:cms-editor',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, injectRoute, logger }) => {
        if (command !== 'dev') {
          logger.warn('KLARTEXT_CMS wirkt nur mit `npm run cms`; der Build enthält keinen Editor.');
          return;
        }
        const { default: react } = await import('@astrojs/react');
        // Keystatic's pre-bundled entry points, so Vite does not reload the page after discovering them.
        const dotAstro = new URL('./.astro/', config.root);
        mkdirSync(dotAstro, { recursive: true });
        writeFileSync(new URL('keystatic-imports.js', dotAstro), 'import "@keystatic/astro/ui";\nimport "@keystatic/core/ui";\n');
        updateConfig({
          integrations: [react()],
          // The file API has no login: it must not be reachable from other machines.
          server: config.server.host ? {} : { host: '127.0.0.1' },
          vite: {
            plugins: [
              {
                name: 'klartext:keystatic-config',
                resolveId(id) {
                  return id === 'virtual:keystatic-config' ? this.resolve('./keystatic.config.ts', fileURLToPath(new URL('astro.config.mjs', config.root))) : null;
                },
                configureServer(server) {
                  // The site's URLs end with a slash (trailingSlash: 'always'), Keystatic's do not. Astro puts
                  // its trailing-slash check at the front of the stack after this hook, so this goes before it.
                  return () => {
                    server.middlewares.stack.unshift({
                      route: '',
                      handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
                        if (req.url && EDITOR_PATH.test(req.url)) {
                          req.url = withTrailingSlash(req.url);
                          // Keystatic's page links a Google web font; authors' browsers do not fetch it.
                          res.setHeader('Content-Security-Policy', EDITOR_CSP);
                        }
                        next();
                      },
                    });
                  };
                },
              },
            ],
            optimizeDeps: { entries: ['keystatic.config.*', '.astro/keystatic-imports.js'] },
          },
        });
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: './src/cms/EditorPage.astro', prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: './src/cms/apiRoute.ts', prerender: false });
      },
    },
  };
}
