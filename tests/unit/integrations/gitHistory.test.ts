import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { committedVersionsOf } from '../../../src/integrations/gitHistory.ts';

const dir = mkdtempSync(join(tmpdir(), 'klartext-githistory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** git in `cwd`, committing as a test user. */
const gitIn =
  (cwd: string) =>
  (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd });
const git = gitIn(dir);

/** The committed versions of one file. */
const committedVersions = async (file: string) => (await committedVersionsOf([file])).get(file);

describe('committedVersionsOf', () => {
  it('follows a post moved to another year folder, so earlier versions stay evidence', async () => {
    git('init', '-q');
    mkdirSync(join(dir, 'posts/2025'), { recursive: true });
    writeFileSync(join(dir, 'posts/2025/beitrag.mdx'), 'vorher\n');
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(join(dir, 'posts/2025/beitrag.mdx'), 'nachher\n');
    git('commit', '-qam', 'second');
    mkdirSync(join(dir, 'posts/2026'), { recursive: true });
    git('mv', 'posts/2025/beitrag.mdx', 'posts/2026/beitrag.mdx');
    git('commit', '-qm', 'move');

    const versions = await committedVersions(join(dir, 'posts/2026/beitrag.mdx'));
    expect(versions?.map((version) => version.source)).toEqual(['nachher\n', 'nachher\n', 'vorher\n']);
  });

  it('reads the versions once per commit: a new commit shows at once, also for a file read before', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'klartext-githistory-'));
    const inRepo = gitIn(repo);
    inRepo('init', '-q');
    const [first, second] = [join(repo, 'eins.mdx'), join(repo, 'zwei.mdx')];
    writeFileSync(first, 'eins, erste Fassung\n');
    writeFileSync(second, 'zwei\n');
    inRepo('add', '.');
    inRepo('commit', '-qm', 'first');
    const sources = async () => [...(await committedVersionsOf([first, second])).values()].map((versions) => versions?.map((version) => version.source));
    expect(await sources()).toEqual([['eins, erste Fassung\n'], ['zwei\n']]);

    writeFileSync(first, 'eins, zweite Fassung\n');
    // Uncommitted: still the same versions.
    expect(await sources()).toEqual([['eins, erste Fassung\n'], ['zwei\n']]);
    inRepo('commit', '-qam', 'second');
    expect(await sources()).toEqual([['eins, zweite Fassung\n', 'eins, erste Fassung\n'], ['zwei\n']]);
    rmSync(repo, { recursive: true, force: true });
  });

  it('is undefined outside a git repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'klartext-nogit-'));
    writeFileSync(join(outside, 'x.mdx'), 'x');
    expect(await committedVersions(join(outside, 'x.mdx'))).toBeUndefined();
    rmSync(outside, { recursive: true, force: true });
  });
});
