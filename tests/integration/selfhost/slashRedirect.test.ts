import type { ServerType } from '@hono/node-server';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../../../functions/selfhost/createServerApp.ts';
import { listen } from '../../../functions/selfhost/listen.ts';

/** A GET with the request target exactly as written (fetch would normalize it). */
function rawGet(url: string, target: string): Promise<{ status: number; location: string | undefined }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, location: res.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the self-hosted server’s trailing-slash redirect over HTTP', () => {
  let root: string;
  let server: ServerType;
  let url: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'site-'));
    await mkdir(join(root, 'datenschutz'), { recursive: true });
    await writeFile(join(root, 'datenschutz/index.html'), '<h1>Datenschutz</h1>');
    await writeFile(join(root, '404.html'), '<h1>Seite nicht gefunden</h1>');
    ({ server, url } = await listen(createServerApp({ siteRoot: root }), { port: 0, hostname: '127.0.0.1' }));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('still redirects a page address without its slash to the slashed one, query kept', async () => {
    expect(await rawGet(url, '/datenschutz?x=1')).toEqual({ status: 301, location: '/datenschutz/?x=1' });
  });

  it.each(['//datenschutz?x=1', '///datenschutz', '/\\datenschutz', '/%2Fdatenschutz', '/%2fdatenschutz?x=1', '/%5Cdatenschutz', '//%2Fdatenschutz', '/.//datenschutz', '//datenschutz/'])(
    'never sends %s to another host: no protocol-relative Location',
    async (target) => {
      const answer = await rawGet(url, target);
      if (answer.location !== undefined) {
        expect(answer.location).toMatch(/^\/(?![/\\])/);
        // Resolved the way a browser does (a backslash counts as a slash), it stays on this server.
        expect(new URL(answer.location, url).origin).toBe(new URL(url).origin);
      }
      expect([200, 301, 400, 404]).toContain(answer.status);
    },
  );
});
