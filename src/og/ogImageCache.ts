import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from '../lib/contentHash.ts';
import { writeFileAtomic } from '../io/writeFileAtomic.ts';

export interface OgImageCache<Input> {
  /** The cached PNG file for `input`, rendered only when no earlier build rendered the same input. */
  ensure(input: Input): Promise<string>;
  /** The PNG bytes for `input`. */
  get(input: Input): Promise<Uint8Array>;
}

/**
 * A file cache keyed by the hash of a card's input (and a version that
 * changes with the design), so a rebuild renders only the cards that changed.
 */
export function createOgImageCache<Input>(options: {
  dir: string;
  version: string;
  render: (input: Input) => Promise<Uint8Array>;
}): OgImageCache<Input> {
  async function ensure(input: Input): Promise<string> {
    const file = join(options.dir, `${contentHash(options.version, input)}.png`);
    const cached = await stat(file).catch(() => undefined);
    if (cached?.isFile()) return file;
    const png = await options.render(input);
    // A build that is killed midway leaves no half file behind.
    await writeFileAtomic(file, png);
    return file;
  }
  return { ensure, get: async (input) => readFile(await ensure(input)) };
}
