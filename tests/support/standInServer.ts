import { createServer, type RequestListener } from 'node:http';

/**
 * A real HTTP server on a free port of 127.0.0.1, standing in for an outside service (Akismet, Netlify's API).
 * `close` also ends open connections (a request the stand-in never answers, keep-alive sockets).
 */
export async function startStandInServer(handler: RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
