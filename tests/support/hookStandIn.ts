import { createServer } from 'node:http';

/** A local HTTP server in place of a build hook: counts the POSTs, answers `status`. */
export async function startHookStandIn(): Promise<{ url: string; calls: string[]; status: number; close: () => Promise<void> }> {
  const state = { url: '', calls: [] as string[], status: 200, close: async () => {} };
  const server = createServer((req, res) => {
    state.calls.push(`${req.method} ${req.url}`);
    res.writeHead(state.status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  state.url = `http://127.0.0.1:${port}/build_hooks/abc123`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
