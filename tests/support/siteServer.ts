import type { ServerType } from '@hono/node-server';
import { createServerApp } from '../../functions/selfhost/createServerApp.ts';
import { listen } from '../../functions/selfhost/listen.ts';

/** The self-hosted server on a free loopback port, serving a built site. */
export async function startSiteServer(siteRoot: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await listen(createServerApp({ siteRoot }), { port: 0, hostname: '127.0.0.1' });
  return { url, close: () => closeServer(server) };
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
