import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';

import type { CommittedVersion } from '../lib/factCheck/correctionEvidence.ts';

const run = promisify(execFile);
const git = (cwd: string, args: string[]) => run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }).then(({ stdout }) => stdout);

interface Repository {
  root: string;
  head: string;
}

/** The repository a folder is in and the commit it is on (one `git rev-parse`); `undefined` outside one. */
async function repositoryOf(dir: string): Promise<Repository | undefined> {
  try {
    const [root, head] = (await git(dir, ['rev-parse', '--show-toplevel', 'HEAD'])).trim().split('\n');
    return root && head ? { root, head } : undefined;
  } catch {
    return undefined;
  }
}

/** Every committed version of a file as of one commit, newest first, following renames. */
async function readVersions({ root }: Repository, path: string): Promise<CommittedVersion[] | undefined> {
  try {
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

/**
 * What was read per repository, for the commit it was read at: a file's committed versions change only
 * with HEAD. The editor's panel asks for every post's history on each save (src/editorial/checkReport.ts).
 */
const readAt = new Map<string, { head: string; versions: Map<string, Promise<CommittedVersion[] | undefined>> }>();

function versionsAt(repository: Repository, path: string): Promise<CommittedVersion[] | undefined> {
  let known = readAt.get(repository.root);
  if (known?.head !== repository.head) readAt.set(repository.root, (known = { head: repository.head, versions: new Map() }));
  let versions = known.versions.get(path);
  if (!versions) {
    versions = readVersions(repository, path);
    known.versions.set(path, versions);
    // A failed read is tried again next time.
    const { versions: cache } = known;
    void versions.then((read) => read === undefined && cache.get(path) === versions && cache.delete(path));
  }
  return versions;
}

/**
 * Every committed version of each file with its commit date, newest first,
 * following renames; the working copy is not one of them. `undefined` for a
 * file not inside a git repository (or when git is missing), so callers can
 * say it went unchecked. One `git rev-parse` per folder; the versions are read
 * once per commit of HEAD.
 */
export async function committedVersionsOf(files: readonly string[]): Promise<Map<string, CommittedVersion[] | undefined>> {
  const repositories = new Map<string, Promise<Repository | undefined>>();
  const read = async (file: string) => {
    const path = resolve(file);
    const dir = dirname(path);
    if (!repositories.has(dir)) repositories.set(dir, repositoryOf(dir));
    const repository = await repositories.get(dir)!;
    return [file, repository && (await versionsAt(repository, path))] as const;
  };
  return new Map(await Promise.all(files.map(read)));
}
