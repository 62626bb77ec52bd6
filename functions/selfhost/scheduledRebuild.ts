import { delayUntil, dueEntries, nextDueTime } from '../../src/lib/schedule.ts';
import { strings } from '../../src/strings.ts';
import { readSchedule } from '../publish/scheduleFile.ts';
import { newBuildDir, publishBuild } from './liveSite.ts';

/** After a failed rebuild, the next attempt (the due post is still missing). */
export const RETRY_MS = 10 * 60 * 1000;

export interface RebuildOptions {
  siteDir: string;
  /** Builds the site into `outDir`; `code` 0 is success, `output` holds the gate's message otherwise. */
  build: (outDir: string) => Promise<{ code: number; output: string }>;
  now?: () => Date;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/**
 * Keeps the self-hosted site up to date with its schedule: after every build
 * it reads the build's schedule.json, waits until the earliest future post is
 * due, builds into a new folder and then serves it (publishBuild). A failed
 * build leaves the old site online, is logged with the build's output, and is
 * tried again after RETRY_MS. Returns a function that stops the timer.
 */
export function scheduleRebuilds(options: RebuildOptions): () => void {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? console.log;
  const error = options.error ?? console.error;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const wait = (ms: number, then: () => Promise<void>) => {
    if (stopped) return;
    timer = setTimeout(() => void then(), ms);
    timer.unref();
  };

  const plan = async (afterRebuild = false) => {
    const schedule = await readSchedule(options.siteDir);
    if (dueEntries(schedule, now()).length > 0) {
      // A post fell due while no server was running: build now. Right after a rebuild the new build
      // lists no due post (its clock is later); should one remain, say so rather than build in a loop.
      if (!afterRebuild) return rebuild();
      error(strings.schedule.stillDue);
    }
    const due = nextDueTime(schedule, now());
    const delay = delayUntil(due, now());
    if (delay === null || !due) return;
    log(strings.schedule.next(due.toISOString()));
    // delayUntil caps long waits: look again then, and build only once the post is due.
    wait(delay, async () => (due.getTime() <= now().getTime() ? rebuild() : plan()));
  };

  const rebuild = async () => {
    log(strings.schedule.rebuilding);
    const outDir = await newBuildDir(options.siteDir, now());
    const result = await options.build(outDir).catch((cause: Error) => ({ code: 1, output: cause.message }));
    if (result.code !== 0) {
      error(strings.schedule.rebuildFailed(result.output.trim()));
      wait(RETRY_MS, rebuild);
      return;
    }
    await publishBuild(options.siteDir, outDir);
    log(strings.schedule.rebuilt(outDir));
    await plan(true);
  };

  void plan().catch((cause: Error) => error(cause.message));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
