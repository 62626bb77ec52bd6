// `npm run cms [-- --port 4322]`: the dev server with the browser editor at /keystatic.
// The variable switches the editor on in astro.config.mjs; it is set here so
// that no shell syntax is needed and `npm run dev` stays without the editor.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.KLARTEXT_CMS = '1';
process.argv.splice(2, 0, 'dev');
await import(pathToFileURL(resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs')).href);
