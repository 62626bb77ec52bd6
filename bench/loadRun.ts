import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

/** An autocannon run with its rate measured by the benchmark itself. */
export interface LoadRun {
  result: autocannon.Result;
  /** Requests answered per second, from the start to the last answer. */
  rps: number;
}

/**
 * Runs autocannon; `onStatus` sees each answer's status. The rate runs from the
 * start to the last answer, not over autocannon's `duration`: that ends at its
 * next one-second tick, so a run of a fixed number of requests (`amount`) lasts
 * whole seconds plus a few milliseconds, and rates and their ratios came out in
 * steps (2/3, 1/2 …).
 */
export async function runLoad(options: autocannon.Options, onStatus?: (statusCode: number) => void): Promise<LoadRun> {
  const started = performance.now();
  let lastAnswer = started;
  // Without a callback autocannon returns a promise that is also its event emitter.
  const instance = autocannon(options) as unknown as Promise<autocannon.Result> & autocannon.Instance;
  instance.on('response', (_client: unknown, statusCode: number) => {
    lastAnswer = performance.now();
    onStatus?.(statusCode);
  });
  const result = await instance;
  return { result, rps: result.requests.total / ((lastAnswer - started) / 1000) };
}
