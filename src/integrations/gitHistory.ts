import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';

import type { CommittedVersion } from '../lib/factCheck/correctionEvidence.ts';

const run = promisify(execFile);
const git = (cwd: string, args: string[]) => run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }).then(({ stdout }) => stdout);

/**
 * Every committed version of a file with its commit date, newest first,
 * following renames; the working copy is not one of them. `undefined` when the
 * file is not inside a git repository (or git is missing), so callers can say
 * it went unchecked.
 */
export async function committedVersions(file: string): Promise<CommittedVersion[] | undefined> {
  const path = resolve(file);
  const cwd = dirname(path);
  try {
    const root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    const log = await git(root, ['log', '--follow', '--format=%x00%H %cI', '--name-only', '--', path]);
    const versions = log
      .split('\0')
      .filter(Boolean)
      .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean))
      .map(([head, name]) => ({ hash: head!.split(' ')[0]!, committed: new Date(head!.split(' ')[1] ?? ''), name }))
      .filter((version): version is { hash: string; committed: Date; name: string } => !!version.name);
    return await Promise.all(
      versions.map(async ({ hash, committed, name }) => ({ committed, source: await git(root, ['show', `${hash}:${name}`]).catch(() => '') })),
    );
  } catch {
    return undefined;
  }
}
