/**
 * Mails per second through the outbox (enqueueMail, then the service's own
 * queue runner and SMTP transport) to a local SMTP server that stops for a
 * while mid-run, against nodemailer sending the same mails straight to the
 * same server; afterwards every mail is counted at the server.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import nodemailer from 'nodemailer';
import { createServices } from '../../functions/app/createServices.ts';
import { parseServiceConfig } from '../../functions/config/serviceConfig.ts';
import { enqueueMail } from '../../functions/mail/outbox.ts';
import { benchMail, MARKER_HEADER } from './benchMail.ts';
import { checkDelivery, type DeliveryCheck } from './delivery.ts';
import { SmtpSink } from './sinkClient.ts';

const FROM = 'kommentare@klartext.example';

/** One run of N mails: how long it took and what arrived. */
export interface MailRun {
  label: string;
  mails: number;
  wallMs: number;
  perSecond: number;
  delivery: DeliveryCheck;
  /** Distinct Message-IDs among the mails that arrived, and how many arrived in all. */
  messageIds: number;
  accepted: number;
}

/** The outbox run, with what the outage did to it. */
export interface OutboxRun extends MailRun {
  enqueueMs: number;
  /** The SMTP server stopped after accepting this many mails… */
  stoppedAfter: number;
  /** …and accepted connections again this long after. */
  outageMs: number;
  /** Mails per second with the outage's wall time taken out. */
  perSecondWithoutOutage: number;
  /** Retry delays skipped by moving the outbox's clock on once the server was back (0 with --real-backoff). */
  skippedBackoffMs: number;
  /** Send attempts in all (attempts column) and how many of them failed. */
  attempts: number;
  failedAttempts: number;
  statuses: Record<string, number>;
  timedOut: boolean;
}

/** One way of configuring SMTP_URL: nodemailer alone and the outbox, each with the same URL. */
export interface TransportResult {
  transport: string;
  /** What is appended to the server's URL (`?pool=true`: nodemailer keeps a connection open). */
  query: string;
  direct: MailRun;
  outbox: OutboxRun;
}

export interface OutboxBenchResult {
  transports: TransportResult[];
}

/**
 * SMTP_URL as most people write it (nodemailer opens a connection per mail)
 * and with `?pool=true`, which nodemailer reads from the URL (a kept-open
 * connection); both are configuration the service already accepts.
 */
const TRANSPORTS = [
  { transport: 'one connection per mail', query: '' },
  { transport: 'pooled connection', query: '?pool=true' },
];

const markers = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

/** nodemailer on its own, with the options the service's transport gives it (functions/mail/transport.ts). */
async function directRun(sink: SmtpSink, query: string, mails: number): Promise<MailRun> {
  const transporter = nodemailer.createTransport({ url: `${sink.url}${query}`, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 15_000 } as Parameters<typeof nodemailer.createTransport>[0]);
  const prefix = query ? 'direct-pooled' : 'direct';
  const send = (marker: string, i: number) => transporter.sendMail({ from: FROM, ...benchMail(i), headers: { [MARKER_HEADER]: marker }, messageId: `<${marker}@klartext.bench>` });
  try {
    for (let i = 0; i < 10; i++) await send(`warm-up-${i}`, i);
    await sink.reset();
    const sent = markers(prefix, mails);
    const started = performance.now();
    // One at a time, as the outbox sends.
    for (const [i, marker] of sent.entries()) await send(marker, i);
    const wallMs = performance.now() - started;
    const report = await sink.report();
    return { label: 'nodemailer alone (baseline)', mails, wallMs, perSecond: mails / (wallMs / 1000), delivery: checkDelivery(sent, report.markers), messageIds: report.messageIds.size, accepted: report.accepted };
  } finally {
    transporter.close();
  }
}

async function outboxRun(sink: SmtpSink, work: string, options: { query: string; mails: number; stopAfter: number; outageMs: number; realBackoff: boolean; log: (line: string) => void }): Promise<OutboxRun> {
  const config = parseServiceConfig({ DATABASE_URL: `file:${join(work, `outbox-${options.query ? 'pooled' : 'connection'}.db`)}`, SITE_DIR: join(work, 'site'), DATA_DIR: work, SECRET: 'bench-secret-0123456789-abcdefghijklmnopq', SMTP_URL: `${sink.url}${options.query}`, MAIL_FROM: FROM, AKISMET_KEY: '' });
  // The outbox's clock (createServices' `now`): real time, plus the retry delays skipped once the server is back.
  let skippedBackoffMs = 0;
  const services = await createServices(config, { now: () => new Date(Date.now() + skippedBackoffMs) });
  const { db } = services;
  try {
    const sent = markers(options.query ? 'outbox-pooled' : 'outbox', options.mails);
    const enqueueStarted = performance.now();
    for (const [i, marker] of sent.entries()) await enqueueMail(db, { kind: 'moderator-notice', ...benchMail(i), headers: { [MARKER_HEADER]: marker } }, services.now());
    const enqueueMs = performance.now() - enqueueStarted;

    // Changed by the sink's events while the loop below runs (an object, so the compiler does not narrow it).
    const server: { phase: 'before' | 'down' | 'back' } = { phase: 'before' };
    let stoppedAfter = 0;
    let stoppedAt = 0;
    let outageMs = 0;
    let restart = Promise.resolve();
    await sink.reset(options.stopAfter, (accepted) => {
      server.phase = 'down';
      stoppedAfter = accepted;
      stoppedAt = performance.now();
      options.log(`  SMTP server stopped after ${accepted} mails; starting it again in ${(options.outageMs / 1000).toFixed(1)} s`);
      restart = sleep(options.outageMs)
        .then(() => sink.listen())
        .then(() => {
          outageMs = performance.now() - stoppedAt;
          server.phase = 'back';
        });
    });

    const limitMs = (options.realBackoff ? 15 * 60 : 5 * 60) * 1000 + options.outageMs;
    const started = performance.now();
    let timedOut = false;
    // The self-hosted server kicks the runner every 30 s (scripts/serve.ts), and a kick sends at most 100 due
    // mails (drainOutbox's limit); here the runner is kicked again as soon as it is idle, so the figure is the
    // outbox's rate, not the timer's.
    for (;;) {
      services.queues.kick();
      await services.queues.idle();
      const open = await db.selectFrom('outbox').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('next_attempt_at').as('next')]).where('status', 'in', ['pending', 'sending']).executeTakeFirstOrThrow();
      if (Number(open.n) === 0) break;
      if (performance.now() - started > limitMs) {
        timedOut = true;
        break;
      }
      const wait = Date.parse(String(open.next)) - services.now().getTime();
      if (wait <= 0) continue;
      // Skipped only once the server is back: skipping during the outage would use up attempts against a stopped server.
      if (server.phase === 'back' && !options.realBackoff) skippedBackoffMs += wait;
      else await sleep(Math.min(wait, 20));
    }
    const wallMs = performance.now() - started;
    // A run that timed out during the outage leaves the server listening for the next one.
    await restart;
    const report = await sink.report();
    const rows = await db.selectFrom('outbox').select(['status', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('attempts').as('attempts')]).groupBy('status').execute();
    const statuses = Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    const attempts = rows.reduce((sum, row) => sum + Number(row.attempts), 0);
    return {
      label: 'outbox (enqueueMail, queue runner, the service\'s transport)',
      mails: options.mails,
      wallMs,
      perSecond: options.mails / (wallMs / 1000),
      delivery: checkDelivery(sent, report.markers),
      messageIds: report.messageIds.size,
      accepted: report.accepted,
      enqueueMs,
      stoppedAfter,
      outageMs,
      perSecondWithoutOutage: options.mails / ((wallMs - outageMs) / 1000),
      skippedBackoffMs,
      attempts,
      failedAttempts: attempts - (statuses.sent ?? 0),
      statuses,
      timedOut,
    };
  } finally {
    await services.close();
  }
}

/** For each SMTP_URL variant: nodemailer alone, then the outbox through an outage; one SMTP sink process for all. */
export async function runOutboxBench(work: string, options: { mails: number; stopAfter: number; outage: number; realBackoff: boolean; log: (line: string) => void }): Promise<OutboxBenchResult> {
  const sink = await SmtpSink.start();
  const transports: TransportResult[] = [];
  try {
    options.log(`Mail: ${options.mails} mails to smtp-server on ${sink.url} (own process), sent one at a time; the server stops after ${options.stopAfter} of the outbox's mails for ${options.outage} s.`);
    for (const { transport, query } of TRANSPORTS) {
      const direct = await directRun(sink, query, options.mails);
      options.log(`  SMTP_URL …${query || ' (no options)'}: nodemailer alone ${direct.perSecond.toFixed(1)} mails/s`);
      const outbox = await outboxRun(sink, work, { ...options, query, outageMs: options.outage * 1000 });
      options.log(`  SMTP_URL …${query || ' (no options)'}: outbox ${outbox.perSecond.toFixed(1)} mails/s, ${outbox.perSecondWithoutOutage.toFixed(1)} without the outage`);
      transports.push({ transport, query, direct, outbox });
    }
    return { transports };
  } finally {
    await sink.close();
  }
}
