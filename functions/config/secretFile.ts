import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The self-hosted service's SECRET: the one in the environment, else the one
 * kept in `<dataDir>/secret`, else a new random one written there (readable by
 * the owner only). Keeping it stable matters: it signs tokens and keys the IP
 * hashes, so a new secret on every start would break both.
 */
export async function ensureSecret(env: Record<string, string | undefined>, dataDir: string): Promise<string> {
  const fromEnv = env.SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = join(dataDir, 'secret');
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (kept) return kept;
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 'wx' fails if another process wrote the file first; then that one wins.
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' }).catch(async () => undefined);
  return (await readFile(file, 'utf8')).trim();
}
