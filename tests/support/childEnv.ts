/**
 * The environment for a child process that should behave as it does for a
 * user: the test runner's own variables (NODE_ENV=test, VITEST…) removed,
 * since Astro and Vite change behaviour under them.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}
