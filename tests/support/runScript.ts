import { spawn } from 'node:child_process';
import { childEnv } from './childEnv.ts';

/** Runs one of the project's scripts (`scripts/<name>.ts`) as a user would, with its exit code and output; `input` goes to its stdin. */
export function runScript(name: string, args: string[] = [], env: Record<string, string> = {}, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`scripts/${name}.ts`, ...args], { env: childEnv(env), stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== undefined) child.stdin!.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
