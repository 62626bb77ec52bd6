import { spawn, type ChildProcess } from 'node:child_process';
import { childEnv } from './childEnv.ts';

/** Self-hosted processes (scripts/serve.ts) sharing one database, as behind a load balancer. */
export interface ServiceInstances {
  urls: string[];
  /** Everything the processes printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `count` processes of `npm run serve`, each with its own port and the
 * same environment (DATABASE_URL, SECRET…), one after the other so that only
 * the first runs the migrations on an empty database.
 */
export async function startServiceInstances(count: number, env: Record<string, string>, options: { cwd?: string } = {}): Promise<ServiceInstances> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  let output = '';
  const stop = async () => {
    await Promise.all(
      children.map((child) => new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      })),
    );
  };
  try {
    for (let i = 0; i < count; i++) {
      const child = spawn(process.execPath, ['scripts/serve.ts'], { cwd: options.cwd, env: childEnv({ PORT: '0', HOST: '127.0.0.1', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      urls.push(await startedUrl(child, (chunk) => (output += `[${i}] ${chunk}`)));
    }
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { urls, output: () => output, stop };
}

function startedUrl(child: ChildProcess, log: (chunk: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('Kein Start nach 60 s')), 60_000);
    const onData = (chunk: Buffer) => {
      log(chunk.toString());
      seen += chunk.toString();
      const match = /Klartext läuft auf (http:\/\/\S+?)\/ /.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Instanz beendet mit ${code}`));
    });
  });
}
