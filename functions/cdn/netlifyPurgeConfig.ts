import * as z from 'zod';
import { strings } from '../../src/strings.ts';

/** Where and as whom the service asks Netlify to purge cache tags. */
export interface NetlifyPurgeConfig {
  token: string;
  siteId: string;
  /** https://api.netlify.com; tests point it at a local stand-in. */
  apiUrl: string;
}

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const schema = z.object({
  // Netlify puts both into every function's environment.
  NETLIFY_PURGE_API_TOKEN: z.preprocess(blank, z.string().trim().optional()),
  SITE_ID: z.preprocess(blank, z.string().trim().optional()),
  NETLIFY_API_URL: z.preprocess(blank, z.url({ protocol: /^https?$/, error: `NETLIFY_API_URL ${strings.serviceConfig.url}` }).default('https://api.netlify.com')),
});

/**
 * The purge settings from a function's environment; undefined where there is no purge token (the
 * self-hosted server, netlify-cli without one), so nothing is purged there.
 */
export function parseNetlifyPurgeConfig(env: Record<string, string | undefined>): NetlifyPurgeConfig | undefined {
  const v = schema.parse(env);
  if (!v.NETLIFY_PURGE_API_TOKEN || !v.SITE_ID) return undefined;
  return { token: v.NETLIFY_PURGE_API_TOKEN, siteId: v.SITE_ID, apiUrl: v.NETLIFY_API_URL.replace(/\/+$/, '') };
}
