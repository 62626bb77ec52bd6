import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteFile } from '../../../functions/http/siteFile.ts';

describe('functions/http/siteFile', () => {
  it('gives every caller the parsed file while the first read is still under way', async () => {
    // An article page asks for its comments and its time-trap token at once; both look the post up here.
    const dir = mkdtempSync(join(tmpdir(), 'klartext-sitefile-'));
    const path = join(dir, 'comment-posts.json');
    writeFileSync(path, JSON.stringify({ posts: Array.from({ length: 2_000 }, (_, i) => ({ id: `post-${i}` })) }));
    const file = new SiteFile(path, (text) => JSON.parse(text) as { posts: unknown[] });
    const first = file.get();
    let done = false;
    void first.then(() => (done = true));
    const later: Array<Promise<{ posts: unknown[] } | undefined>> = [];
    while (!done) {
      later.push(file.get());
      await new Promise((next) => setImmediate(next));
    }
    const answers = await Promise.all([first, ...later]);
    expect(later.length).toBeGreaterThan(1);
    expect(answers.filter((answer) => answer === undefined)).toHaveLength(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
