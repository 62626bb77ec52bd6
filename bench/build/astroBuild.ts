import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** A finished `astro build`: how long it took and what it printed. */
export interface TimedBuild {
  ok: boolean;
  exitCode: number;
  seconds: number;
  /** stdout and stderr, interleaved. */
  output: string;
}

/** Options for one timed build. */
export interface BuildOptions {
  outDir: string;
  /** Project root for `--root`; the current project when absent. */
  root?: string;
  env: Record<string, string>;
  /** Where to keep the build's output for later reading. */
  logFile?: string;
  /** Extra Node flags for the child, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
}

/** Runs `astro build` in a child Node process (the same Node as this one) and measures its wall time. */
export async function timedAstroBuild(options: BuildOptions): Promise<TimedBuild> {
  const args = [...(options.nodeFlags ?? []), ASTRO, 'build', '--outDir', options.outDir];
  if (options.root) args.push('--root', options.root);
  const started = performance.now();
  const result = await new Promise<{ exitCode: number; output: string }>((done) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ exitCode: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => done({ exitCode: code ?? 1, output }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (options.logFile) await writeFile(options.logFile, result.output);
  return { ok: result.exitCode === 0, exitCode: result.exitCode, seconds, output: result.output };
}
