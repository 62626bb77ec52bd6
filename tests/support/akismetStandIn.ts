import { startStandInServer } from './standInServer.ts';

/** How the stand-in answers comment-check. */
export type AkismetMode = 'ham' | 'spam' | 'error' | 'hang' | 'status-500';

/**
 * A real HTTP server standing in for Akismet's comment-check (and
 * submit-spam/submit-ham) on 127.0.0.1. It records every request's fields, and answers as `mode` says: "false",
 * "true", "invalid" (Akismet's answer to a bad key), never (hang), or 500.
 */
export async function startAkismetStandIn(): Promise<{
  url: string;
  mode: AkismetMode;
  requests: Array<Record<string, string>>;
  /** submit-spam / submit-ham calls that were answered with success. */
  submissions: Array<{ verdict: 'spam' | 'ham'; fields: Record<string, string> }>;
  /** While true, submit-spam / submit-ham answer 503 (Akismet away). */
  failSubmissions: boolean;
  close: () => Promise<void>;
}> {
  const state = {
    mode: 'ham' as AkismetMode,
    requests: [] as Array<Record<string, string>>,
    submissions: [] as Array<{ verdict: 'spam' | 'ham'; fields: Record<string, string> }>,
    failSubmissions: false,
  };
  const server = await startStandInServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const submit = /^\/1\.1\/submit-(spam|ham)$/.exec(req.url ?? '');
      if (req.method === 'POST' && submit) {
        if (state.failSubmissions) return res.writeHead(503).end('Service Unavailable');
        state.submissions.push({ verdict: submit[1] as 'spam' | 'ham', fields: Object.fromEntries(new URLSearchParams(body)) });
        return res.writeHead(200, { 'Content-Type': 'text/plain' }).end('Thanks for making the web a better place.');
      }
      if (req.method !== 'POST' || req.url !== '/1.1/comment-check') {
        res.writeHead(404).end();
        return;
      }
      state.requests.push(Object.fromEntries(new URLSearchParams(body)));
      const mode = state.mode;
      if (mode === 'hang') return; // never answers; the client's timeout must act
      if (mode === 'status-500') return res.writeHead(500).end('Internal Server Error');
      res.writeHead(200, { 'Content-Type': 'text/plain', ...(mode === 'error' ? { 'X-akismet-debug-help': 'Invalid key' } : {}) });
      res.end(mode === 'spam' ? 'true' : mode === 'ham' ? 'false' : 'invalid');
    });
  });
  return Object.assign(state, server);
}
