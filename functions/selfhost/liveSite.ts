import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The folder that keeps the builds `siteDir` points to: beside it, so Astro builds inside the project. */
export function buildsDir(siteDir: string): string {
  return `${resolve(siteDir)}.builds`;
}

/**
 * Makes `siteDir` a symbolic link to a build, so a new build can replace it
 * in one step: a plain folder (Astro's `dist/`) moves into the builds folder
 * first. Call it before the server listens — in between, the folder is away.
 */
export async function adoptLiveDir(siteDir: string): Promise<void> {
  const live = resolve(siteDir);
  const info = await lstat(live).catch(() => undefined);
  if (!info || info.isSymbolicLink()) return;
  await mkdir(buildsDir(live), { recursive: true });
  const target = join(buildsDir(live), `build-${Date.now()}`);
  await rename(live, target);
  await symlink(target, live, 'dir');
}

/** A fresh folder for the next build, inside the builds folder. */
export async function newBuildDir(siteDir: string, now: Date): Promise<string> {
  await mkdir(buildsDir(siteDir), { recursive: true });
  return join(buildsDir(siteDir), `build-${now.getTime()}`);
}

/**
 * Serves `buildDir` from now on: a new link is made beside `siteDir` and
 * renamed over it, and rename(2) replaces a link atomically — every request
 * reads either the old build or the new one, never half of one. The build
 * before stays (a page of it may still load its assets); older ones go.
 */
export async function publishBuild(siteDir: string, buildDir: string): Promise<void> {
  const live = resolve(siteDir);
  const previous = await readlink(live).catch(() => undefined);
  const next = join(dirname(live), `.${basename(live)}.next`);
  await rm(next, { force: true });
  await symlink(buildDir, next, 'dir');
  await rename(next, live);
  const keep = new Set([basename(buildDir), previous && basename(previous)]);
  for (const name of await readdir(buildsDir(live))) {
    if (!keep.has(name)) await rm(join(buildsDir(live), name), { recursive: true, force: true });
  }
}
