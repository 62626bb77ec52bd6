import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../../functions/selfhost/listen.ts';
import { useSiteServer } from '../../support/siteServer.ts';

/** Sends raw HTTP/1.1 requests on one connection and resolves with each answer's head once all have come. */
function onOneConnection(url: string, paths: string[]): Promise<string[]> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk;
      const heads = received.split('\r\n\r\n').filter((part) => part.startsWith('HTTP/1.1'));
      if (heads.length === paths.length) {
        socket.destroy();
        resolve(heads);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`the server closed the connection after: ${received.slice(0, 500)}`)));
    socket.write(paths.map((path) => `HEAD ${path} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`).join(''));
  });
}

describe('the self-hosted server’s idle connections', () => {
  const server = useSiteServer();

  it('announces that it keeps an idle connection longer than a reverse proxy or client does (two minutes)', async () => {
    // A client (or nginx, Caddy, a load balancer) reuses an idle connection until its own limit; the server
    // must not close it first, or a request sent at that moment fails. Node's default is 5 s.
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(120_000);
    const heads = await onOneConnection(server.url, ['/', '/api/comments/counts?posts=x']);
    for (const head of heads) {
      expect(head).toMatch(/^connection: keep-alive$/im);
      expect(head).toMatch(new RegExp(`^keep-alive: timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}$`, 'im'));
    }
  });
});
