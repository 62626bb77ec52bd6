import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from '../lib/contentHash.ts';

export interface OgImageCache<Input> {
  /** The PNG for `input`, rendered only when no earlier build rendered the same input. */
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
  return {
    async get(input) {
      const file = join(options.dir, `${contentHash(options.version, input)}.png`);
      try {
        return await readFile(file);
      } catch {
        const png = await options.render(input);
        await mkdir(options.dir, { recursive: true });
        // Write then rename, so a build that is killed midway leaves no half file behind.
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, png);
        await rename(temporary, file);
        return png;
      }
    },
  };
}
