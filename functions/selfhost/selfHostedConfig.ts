import { ensureSecret } from '../config/secretFile.ts';
import { parseServiceConfig, type ServiceConfig } from '../config/serviceConfig.ts';

/**
 * The configuration of `npm start`, `npm run migrate` and `npm run purge`:
 * the environment, with SECRET generated and kept under DATA_DIR when unset.
 */
export async function selfHostedConfig(env: Record<string, string | undefined>): Promise<ServiceConfig> {
  const dataDir = env.DATA_DIR?.trim() || 'data';
  return parseServiceConfig({ ...env, SECRET: await ensureSecret(env, dataDir) });
}
