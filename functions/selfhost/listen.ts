import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ListenOptions {
  port: number;
  hostname: string;
}

/**
 * How long an idle keep-alive connection stays open (Node's default: 5 s). A client or reverse proxy reuses
 * an idle connection until its own limit (reverse proxies and load balancers: one to two minutes); when the
 * server closes first, a request sent at that moment meets a closed connection and fails (a 502 behind a
 * proxy). Above those limits, the client is always the one that closes.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 125_000;

/** Starts the Node HTTP server and resolves with it and its address once it listens. */
export function listen(app: Hono, options: ListenOptions): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve, reject) => {
    const serverOptions = { keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS };
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname, serverOptions }, (info) => {
      const wildcard = options.hostname === '0.0.0.0' || options.hostname === '::';
      const host = wildcard ? 'localhost' : options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname;
      resolve({ server, url: `http://${host}:${info.port}` });
    });
    server.once('error', reject);
  });
}
