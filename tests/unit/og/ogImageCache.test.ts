import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOgImageCache } from '../../../src/og/ogImageCache.ts';

describe('og/ogImageCache', () => {
  let dir: string;
  let renders: string[];
  const render = async (input: { title: string }) => {
    renders.push(input.title);
    return new TextEncoder().encode(`png:${input.title}`);
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'og-cache-'));
    renders = [];
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('renders a card once and serves it from disk on the next build', async () => {
    const first = createOgImageCache({ dir, version: 'v1', render });
    await first.get({ title: 'A' });
    const second = createOgImageCache({ dir, version: 'v1', render }); // a new build process
    const png = await second.get({ title: 'A' });
    expect(new TextDecoder().decode(png)).toBe('png:A');
    expect(renders).toEqual(['A']);
  });

  it('renders again only what changed', async () => {
    const cache = createOgImageCache({ dir, version: 'v1', render });
    await cache.get({ title: 'A' });
    await cache.get({ title: 'B' });
    await cache.get({ title: 'A' });
    expect(renders).toEqual(['A', 'B']);
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it('renders everything anew when the card design version changes', async () => {
    await createOgImageCache({ dir, version: 'v1', render }).get({ title: 'A' });
    await createOgImageCache({ dir, version: 'v2', render }).get({ title: 'A' });
    expect(renders).toEqual(['A', 'A']);
  });
});
