import { startStandInServer } from './standInServer.ts';

/** A purge request as the stand-in received it. */
export interface PurgeRequest {
  authorization: string | undefined;
  body: { cache_tags?: string[]; site_id?: string };
}

/**
 * A real HTTP server standing in for Netlify's API (POST /api/v1/purge) on 127.0.0.1. It records every
 * purge; while `fail` is true it answers 500, as the API does when it is away.
 */
export async function startNetlifyApiStandIn(): Promise<{ url: string; purges: PurgeRequest[]; fail: boolean; close: () => Promise<void> }> {
  const state = { purges: [] as PurgeRequest[], fail: false };
  const server = await startStandInServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/api/v1/purge') return res.writeHead(404).end();
      if (state.fail) return res.writeHead(500).end('Internal Server Error');
      state.purges.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(202).end();
    });
  });
  return Object.assign(state, server);
}
