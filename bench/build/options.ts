import { parseArgs } from 'node:util';
import { UsageError } from '../usageError.ts';

/** Command-line options of `npm run bench -- build`. */
export interface BuildBenchOptions {
  /** Number of synthetic posts (default 1000). */
  count: number;
  /** Keep the temporary folder (content, dists, caches, logs) for inspection. */
  keep: boolean;
}

/** Usage text for the build benchmark. */
export const BUILD_USAGE = 'npm run bench -- build [--count N] [--keep]';

/** Parses the arguments after `build`; throws with a readable message on bad input. */
export function parseBuildOptions(args: readonly string[]): BuildBenchOptions {
  let values: { count: string; keep: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { count: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--count must be a positive integer, not "${values.count}".`);
  return { count, keep: values.keep };
}
