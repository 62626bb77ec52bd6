import { describe, expect, it } from 'vitest';
import { ListCache } from '../../../functions/comments/listCache.ts';

describe('functions/comments/listCache', () => {
  it('serves a list from memory while the post’s version stays the same', async () => {
    const cache = new ListCache();
    let loads = 0;
    const load = async () => ({ comments: [++loads] });
    await cache.get('p', 3, 0, load);
    expect((await cache.get('p', 3, 1, load)).json).toBe('{"comments":[1]}');
    expect(loads).toBe(1);
  });

  it('loads again as soon as another instance raised the version', async () => {
    const cache = new ListCache();
    let loads = 0;
    const load = async () => ({ comments: [++loads] });
    await cache.get('p', 3, 0, load);
    expect((await cache.get('p', 4, 1, load)).json).toBe('{"comments":[2]}');
  });

  it('loads again after the time to live, for changes made around the service', async () => {
    const cache = new ListCache(1000);
    let loads = 0;
    const load = async () => ({ comments: [++loads] });
    await cache.get('p', 0, 0, load);
    expect((await cache.get('p', 0, 1000, load)).json).toBe('{"comments":[2]}');
  });

  it('shares one load between concurrent requests for the same version', async () => {
    const cache = new ListCache();
    let loads = 0;
    const load = async () => ({ comments: [++loads] });
    const [a, b] = await Promise.all([cache.get('p', 1, 0, load), cache.get('p', 1, 0, load)]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
  });
});
