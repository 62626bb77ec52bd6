import { resolve } from 'node:path';

/**
 * Node's compile cache for every child process of the run (scripts, astro, netlify-cli): a child compiles
 * the modules it loads from the cache instead of from source. It changes no behaviour; a script's start
 * (`scripts/import.ts --help`) 0.76 → 0.38 core-seconds (docs/testing.md). Entries are checked against the
 * source they came from, so several processes may share the folder.
 */
const COMPILE_CACHE = resolve('.test-dist/compile-cache');

/**
 * The environment for a child process that should behave as it does for a
 * user: the test runner's own variables (NODE_ENV=test, VITEST…) removed,
 * since Astro and Vite change behaviour under them.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NODE_COMPILE_CACHE: COMPILE_CACHE };
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}
