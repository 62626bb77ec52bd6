import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that nobody ever reads half of it: into a hidden
 * temporary file beside it, then renamed over it (rename(2) is atomic).
 * A plain write truncates first: a watcher that reads the file at that
 * moment (Astro's dev server after a save in the editor) sees an empty or
 * partial text, and a killed process leaves one behind.
 */
export async function writeFileAtomic(file: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Hidden and without the file's extension, so no content glob (*.mdx, *.json) picks it up.
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await writeFile(temporary, contents);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
