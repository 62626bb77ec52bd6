import { describe, expect, it } from 'vitest';
import { startOnce } from '../../../functions/app/startOnce.ts';

describe('app/startOnce', () => {
  it('starts once for all calls, and tries again after a failed start', async () => {
    let starts = 0;
    const get = startOnce(async () => {
      starts++;
      if (starts === 1) throw new Error('Datenbank nicht erreichbar');
      return `instanz ${starts}`;
    });
    await expect(get()).rejects.toThrow('Datenbank nicht erreichbar');
    expect(await Promise.all([get(), get()])).toEqual(['instanz 2', 'instanz 2']);
    expect(await get()).toBe('instanz 2');
    expect(starts).toBe(2);
  });
});
