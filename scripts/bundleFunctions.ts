/**
 * Bundles every Netlify entry point (functions/*.ts) with all its npm packages into one ES module each
 * (default: dist-functions/<name>.mjs), the folder netlify.toml hands to Netlify.
 *
 * Why: Netlify runs functions the way AWS Lambda does, with `--no-experimental-require-module`, and for
 * v2 functions its own bundler only traces node_modules instead of inlining them. A CommonJS package that
 * requires an ESM-only one (sanitize-html 2.18 → htmlparser2 12) then fails on every request. esbuild
 * resolves such a require at build time, so the deployed file loads no package at run time at all.
 *
 * Usage: npm run bundle:functions [-- <outDir>]
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

/** The deployable entry points: only the files at the top of functions/ (see DESIGN.md). */
export function functionEntries(functionsDir = resolve('functions')): string[] {
  return readdirSync(functionsDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(functionsDir, name));
}

// CommonJS code inlined into an ES module still calls require() for Node's own modules.
const REQUIRE_SHIM = "import { createRequire as __klartextCreateRequire } from 'node:module'; const require = __klartextCreateRequire(import.meta.url);";

/** One bundled function: its file and the modules it still loads at run time (Node's own, as esbuild saw them). */
export interface BundledFunction {
  file: string;
  runtimeImports: string[];
}

/** Writes one self-contained `<name>.mjs` per entry point into `outDir`. */
export async function bundleFunctions(outDir = resolve('dist-functions')): Promise<BundledFunction[]> {
  await rm(outDir, { recursive: true, force: true });
  const entries = functionEntries();
  const { metafile } = await build({
    entryPoints: Object.fromEntries(entries.map((file) => [basename(file, '.ts'), file])),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // pg loads its optional native binding only when asked to (pg.native); the service never asks.
    external: ['pg-native'],
    banner: { js: REQUIRE_SHIM },
    logLevel: 'warning',
    metafile: true,
  });
  const outputs = Object.entries(metafile.outputs).map(([path, output]) => ({ path: resolve(path), output }));
  return entries.map((entry) => {
    const file = join(outDir, `${basename(entry, '.ts')}.mjs`);
    const output = outputs.find((candidate) => candidate.path === file)?.output;
    return { file, runtimeImports: [...new Set((output?.imports ?? []).filter((imported) => imported.external).map((imported) => imported.path))] };
  });
}

if (import.meta.main) {
  const written = await bundleFunctions(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Netlify-Funktionen gebündelt: ${written.map((bundled) => bundled.file).join(', ')}`);
}
