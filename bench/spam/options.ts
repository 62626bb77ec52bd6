import { parseArgs } from 'node:util';
import { UsageError } from '../usageError.ts';

export const SPAM_USAGE = 'npm run bench -- spam [--posts N] [--connections N] [--keep] [--swapped]';

export interface SpamBenchOptions {
  /** POSTs per server in the throughput run. */
  posts: number;
  connections: number;
  keep: boolean;
  /** Train on the 2nd, 4th … line of each file and test on the 1st, 3rd …: the split the other way round, to check for over-fitting. */
  swapped: boolean;
}

/** Reads the options after `spam`. */
export function parseSpamOptions(args: readonly string[]): SpamBenchOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { posts: { type: 'string', default: '10000' }, connections: { type: 'string', default: '10' }, keep: { type: 'boolean', default: false }, swapped: { type: 'boolean', default: false } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const posts = Number(values.posts);
  const connections = Number(values.connections);
  if (!Number.isInteger(posts) || posts < 1) throw new UsageError('--posts must be a whole number ≥ 1');
  if (!Number.isInteger(connections) || connections < 1) throw new UsageError('--connections must be a whole number ≥ 1');
  return { posts, connections, keep: values.keep, swapped: values.swapped };
}
