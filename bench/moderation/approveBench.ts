/**
 * Time from a moderator's approve (POST /api/moderation/comments/:id/approve,
 * real session and CSRF token) until GET /api/comments?post=… lists the
 * comment, against a plain GET of that list on the same server, interleaved
 * so both see the same load.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import { addModerator, setModeratorPassword } from '../../functions/moderation/moderators.ts';
import { startServer, stopServer } from '../api/childServer.ts';
import { seedComments } from '../api/seedComments.ts';
import { summarize, type Summary } from './stats.ts';
import { loginModerator, type ModeratorSession } from '../moderatorLogin.ts';
import { writeBenchSite } from '../benchSite.ts';

const POST_ID = 'bench-artikel';
const MODERATOR = 'moderatorin@example.org';
const PASSWORD = 'Ein langes Passwort für den Benchmark 2026';
/** Approvals before the measured ones (not reported): the first requests warm up the server's code paths. */
const WARM_UP = 10;
/** A comment not listed this long after its approve counts as never visible. */
const VISIBLE_TIMEOUT_MS = 10_000;

export interface ApproveBenchResult {
  /** Approved comments on the post before the run (the list readers get). */
  listedBefore: number;
  /** GET /api/comments?post=… round-trip, the baseline. */
  get: Summary;
  /** The approve request's round-trip alone. */
  approve: Summary;
  /** From sending the approve until a GET answer lists the comment. */
  visible: Summary;
  /** GETs needed until the comment was listed (1: the first GET after the approve answer). */
  maxPolls: number;
  /** Comments not listed within VISIBLE_TIMEOUT_MS. */
  neverVisible: number;
}

type Session = ModeratorSession;
const login = (url: string): Promise<Session> => loginModerator(url, MODERATOR, PASSWORD);

async function approve(session: Session, id: string): Promise<void> {
  const res = await fetch(`${session.url}/api/moderation/comments/${id}/approve`, {
    method: 'POST',
    headers: { Cookie: session.cookie, Origin: session.url, 'Sec-Fetch-Site': 'same-origin', 'X-CSRF-Token': session.csrfToken },
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`Approve of ${id} failed: ${res.status} ${body}`);
}

async function listText(listUrl: string): Promise<string> {
  const res = await fetch(listUrl);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${listUrl}: ${res.status}`);
  return text;
}

/** Times one approve until the list shows the comment; undefined when it never does. */
async function approveUntilVisible(session: Session, listUrl: string, id: string): Promise<{ approveMs: number; visibleMs: number; polls: number } | undefined> {
  const started = performance.now();
  await approve(session, id);
  const approveMs = performance.now() - started;
  // Ids are random, 96 bits: finding `"<id>"` in the JSON is finding the comment.
  for (let polls = 1; performance.now() - started < VISIBLE_TIMEOUT_MS; polls++) {
    if ((await listText(listUrl)).includes(`"${id}"`)) return { approveMs, visibleMs: performance.now() - started, polls };
  }
  return undefined;
}

/** Seeds the database, starts the server in its own process and measures `comments` approvals. */
export async function runApproveBench(work: string, options: { comments: number; log: (line: string) => void }): Promise<ApproveBenchResult> {
  const siteDir = await writeBenchSite(work, POST_ID);
  const env = { DATABASE_URL: `file:${join(work, 'approve.db')}`, SITE_DIR: siteDir, DATA_DIR: work, SECRET: 'bench-secret-0123456789-abcdefghijklmnopq', AKISMET_KEY: '', SMTP_URL: '' };
  const services = await createServices(parseServiceConfig(env));
  const listedBefore = 200;
  let pending: string[];
  try {
    await seedComments(services.db, POST_ID, listedBefore);
    pending = await seedComments(services.db, POST_ID, WARM_UP + options.comments, 'pending');
    const moderator = await addModerator(services.db, MODERATOR, 'Moderatorin', new Date());
    await setModeratorPassword(services.db, moderator!.id, PASSWORD, new Date());
  } finally {
    await services.close();
  }

  let server: ChildProcess | undefined;
  try {
    const klartext = await startServer('klartext', env);
    server = klartext.child;
    const listUrl = `${klartext.url}/api/comments?post=${POST_ID}`;
    const session = await login(klartext.url);
    options.log(`Approve → visible: ${options.comments} pending comments on a post with ${listedBefore} approved ones, approved one at a time (after ${WARM_UP} warm-up approvals), each followed by GETs of the list until it shows the comment; a plain GET of the list before each as the baseline.`);
    const gets: number[] = [];
    const approves: number[] = [];
    const visibles: number[] = [];
    let maxPolls = 0;
    let neverVisible = 0;
    for (const [i, id] of pending.entries()) {
      const getStarted = performance.now();
      await listText(listUrl);
      const getMs = performance.now() - getStarted;
      const result = await approveUntilVisible(session, listUrl, id);
      if (i < WARM_UP) continue;
      gets.push(getMs);
      if (!result) {
        neverVisible++;
        continue;
      }
      approves.push(result.approveMs);
      visibles.push(result.visibleMs);
      maxPolls = Math.max(maxPolls, result.polls);
    }
    return { listedBefore, get: summarize(gets), approve: summarize(approves), visible: summarize(visibles), maxPolls, neverVisible };
  } finally {
    if (server) await stopServer(server);
  }
}
