import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ListenOptions {
  port: number;
  hostname: string;
}

/** Starts the Node HTTP server and resolves with it and its address once it listens. */
export function listen(app: Hono, options: ListenOptions): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname }, (info) => {
      const wildcard = options.hostname === '0.0.0.0' || options.hostname === '::';
      const host = wildcard ? 'localhost' : options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname;
      resolve({ server, url: `http://${host}:${info.port}` });
    });
    server.once('error', reject);
  });
}
