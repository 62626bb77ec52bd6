import { parseArgs } from 'node:util';
import { UsageError } from '../usageError.ts';

/** Command-line options of `npm run bench -- search`. */
export interface SearchBenchOptions {
  /** Number of synthetic posts (default 1000). */
  count: number;
  /** Fresh browser sessions per engine for the first-result measurement (default 5). */
  sessions: number;
  /** Keep the temporary folder (content, dist with both indexes, build log). */
  keep: boolean;
}

/** Usage text for the search benchmark. */
export const SEARCH_USAGE = 'npm run bench -- search [--count N] [--sessions N] [--keep]';

const positiveInteger = (value: string, name: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a positive integer, not "${value}".`);
  return number;
};

/** Parses the arguments after `search`; throws with a readable message on bad input. */
export function parseSearchOptions(args: readonly string[]): SearchBenchOptions {
  let values: { count: string; sessions: string; keep: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        count: { type: 'string', default: '1000' },
        sessions: { type: 'string', default: '5' },
        keep: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { count: positiveInteger(values.count, 'count'), sessions: positiveInteger(values.sessions, 'sessions'), keep: values.keep };
}
