/**
 * `npm run bench -- moderation`: how fast an approved comment becomes visible
 * (against a plain GET of the list), and how many mails per second the outbox
 * delivers through an SMTP outage (against nodemailer alone), each baseline
 * measured in the same run. Exits 1 when a mail was lost or duplicated or an
 * approved comment never appeared.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApproveBench, type ApproveBenchResult } from './approveBench.ts';
import { parseModerationOptions } from './options.ts';
import { runOutboxBench, type OutboxBenchResult } from './outboxBench.ts';
import { formatApproveReport, formatOutboxReport, mailsExactlyOnce } from './report.ts';

/** Runs the moderation benchmark; resolves with the exit code. */
export async function runModerationBench(args: readonly string[]): Promise<number> {
  const options = parseModerationOptions(args);
  // With --json, stdout carries the JSON alone.
  const log = options.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  const work = await mkdtemp(join(tmpdir(), 'klartext-bench-moderation-'));
  const loadBefore = loadavg();
  let approve: ApproveBenchResult | undefined;
  let mail: OutboxBenchResult | undefined;
  try {
    if (options.comments > 0) {
      approve = await runApproveBench(work, { comments: options.comments, log });
      log(`\n${formatApproveReport(approve)}\n`);
    }
    if (options.mails > 0) {
      mail = await runOutboxBench(work, { mails: options.mails, stopAfter: options.stopAfter, outage: options.outage, realBackoff: options.realBackoff, log });
      log(`\n${formatOutboxReport(mail)}\n`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const load = { before: loadBefore.map((n) => Number(n.toFixed(2))), after: loadavg().map((n) => Number(n.toFixed(2))) };
  log(`Load average (1, 5, 15 min): ${load.before.join(', ')} before, ${load.after.join(', ')} after.`);
  const approveOk = !approve || approve.neverVisible === 0;
  const mailOk = !mail || mail.transports.every(({ direct, outbox }) => mailsExactlyOnce(direct) && mailsExactlyOnce(outbox) && !outbox.timedOut);
  if (options.json) console.log(JSON.stringify({ options, load, approve, mail, ok: approveOk && mailOk }, null, 2));
  return approveOk && mailOk ? 0 : 1;
}
