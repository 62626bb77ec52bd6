import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunctions, functionEntries, type BundledFunction } from '../../../scripts/bundleFunctions.ts';

describe('scripts/bundleFunctions.ts (npm run bundle:functions, the Netlify build step)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'klartext-bundle-'));
  let written: BundledFunction[] = [];
  beforeAll(async () => {
    written = await bundleFunctions(outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('bundles every entry point at the top of functions/', () => {
    expect(written.map(({ file }) => basename(file))).toEqual(functionEntries().map((file) => `${basename(file, '.ts')}.mjs`));
    expect(written.map(({ file }) => basename(file)).sort()).toEqual(['api.mjs', 'maintenance.mjs', 'search.mjs']);
    expect(written.every(({ file }) => existsSync(file))).toBe(true);
  });

  it('leaves no npm package to load at run time, only Node’s own modules (so none can require an ESM-only one under Lambda’s flags)', () => {
    for (const { file, runtimeImports } of written) {
      expect(runtimeImports.length).toBeGreaterThan(0);
      // pg-native: pg's optional native binding, loaded only through pg.native, which the service never touches.
      const packages = runtimeImports.filter((name) => !isBuiltin(name) && name !== 'pg-native');
      expect({ file: basename(file), packages }).toEqual({ file: basename(file), packages: [] });
    }
  });

  it('is what netlify.toml builds and deploys', () => {
    const toml = readFileSync('netlify.toml', 'utf8');
    expect(toml).toMatch(/command = "npm run build && npm run bundle:functions"/);
    expect(toml).toMatch(/directory = "dist-functions"/);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts['bundle:functions']).toBe('node scripts/bundleFunctions.ts');
  });
});
