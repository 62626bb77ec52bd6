import { purgeCache } from '@netlify/functions';
import type { NetlifyPurgeConfig } from './netlifyPurgeConfig.ts';

/** Collects the cache tags a request made stale, and purges them before the function answers. */
export interface CdnPurger {
  /** Marks a tag stale (cheap, synchronous: called where the data changed). */
  add: (tag: string) => void;
  /** Purges every tag marked since the last call, in one call to the CDN; never throws. */
  flush: () => Promise<void>;
}

/**
 * A purger that sends tags with `send`. A failed purge is logged, not thrown: the change itself is saved,
 * and the CDN drops the stale copy when its max-age runs out (see docs/deploy.md, worst case).
 */
export function cdnPurger(send: (tags: string[]) => Promise<void>, log: (message: string, error: unknown) => void = console.error): CdnPurger {
  const pending = new Set<string>();
  return {
    add: (tag) => void pending.add(tag),
    flush: async () => {
      if (pending.size === 0) return;
      const tags = [...pending];
      pending.clear();
      try {
        await send(tags);
      } catch (error) {
        log(`CDN-Purge fehlgeschlagen für ${tags.join(', ')}:`, error);
      }
    },
  };
}

/** Netlify's purge API (through @netlify/functions), or nothing where no purge token is configured. */
export function netlifyPurger(config: NetlifyPurgeConfig | undefined, log?: (message: string, error: unknown) => void): CdnPurger {
  if (!config) return cdnPurger(async () => {});
  return cdnPurger((tags) => purgeCache({ tags, token: config.token, siteID: config.siteId, apiURL: config.apiUrl, userAgent: 'klartext' }), log);
}
