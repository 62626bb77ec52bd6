import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { committedVersions } from '../../../src/integrations/gitHistory.ts';

const dir = mkdtempSync(join(tmpdir(), 'klartext-githistory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });

describe('committedVersions', () => {
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

  it('is undefined outside a git repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'klartext-nogit-'));
    writeFileSync(join(outside, 'x.mdx'), 'x');
    expect(await committedVersions(join(outside, 'x.mdx'))).toBeUndefined();
    rmSync(outside, { recursive: true, force: true });
  });
});
