import type { ApproveBenchResult } from './approveBench.ts';
import { exactlyOnce, type DeliveryCheck } from './delivery.ts';
import type { MailRun, OutboxBenchResult } from './outboxBench.ts';
import type { Summary } from './stats.ts';

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)} %`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const sample = (list: string[]) => (list.length > 5 ? `${list.slice(0, 5).join(', ')}, …` : list.join(', '));

function summaryRow(label: string, summary: Summary, baseline: Summary): string {
  return `| ${label} | ${ms(summary.median)} ms | ${ms(summary.p95)} ms | ${ms(summary.max)} ms | ${(summary.median / baseline.median).toFixed(2)} × | ${(summary.p95 / baseline.p95).toFixed(2)} × |`;
}

/** The approve part: medians and p95 against the plain GET, in the same run. */
export function formatApproveReport(result: ApproveBenchResult): string {
  const { get, approve, visible } = result;
  return [
    `| ${visible.n} comments | median | p95 | max | median vs GET | p95 vs GET |`,
    '| --- | --- | --- | --- | --- | --- |',
    summaryRow('GET /api/comments (baseline)', get, get),
    summaryRow('approve request alone', approve, get),
    summaryRow('**approve → visible in GET**', visible, get),
    '',
    `${mark(result.neverVisible === 0)} ${visible.n} of ${visible.n + result.neverVisible} approved comments listed; at most ${result.maxPolls} GET${result.maxPolls === 1 ? '' : 's'} after the approve answer.`,
  ].join('\n');
}

function deliveryLine(run: MailRun): string {
  const check: DeliveryCheck = run.delivery;
  const parts = [`${check.delivered} of ${check.expected} delivered`, `${run.messageIds} distinct Message-IDs in ${run.accepted} mails received`];
  if (check.missing.length) parts.push(`${check.missing.length} LOST (${sample(check.missing)})`);
  if (check.duplicated.length) parts.push(`${check.duplicated.length} DUPLICATED (${sample(check.duplicated.map((d) => `${d.marker} ×${d.times}`))})`);
  if (check.unexpected.length) parts.push(`${check.unexpected.length} unexpected (${sample(check.unexpected)})`);
  return `${mark(mailsExactlyOnce(run))} ${run.label}: ${parts.join(', ')}${mailsExactlyOnce(run) ? ' — each exactly once' : ''}`;
}

/** Every mail of the run arrived once, and no Message-ID twice. */
export function mailsExactlyOnce(run: MailRun): boolean {
  return exactlyOnce(run.delivery) && run.messageIds === run.mails && run.accepted === run.mails;
}

/** The mail part: for each SMTP_URL, the outbox through an outage against nodemailer alone. */
export function formatOutboxReport(result: OutboxBenchResult): string {
  const rows = result.transports.map(({ transport, query, direct, outbox }) =>
    `| \`${query || '(no options)'}\` (${transport}) | ${direct.perSecond.toFixed(1)} | **${outbox.perSecondWithoutOutage.toFixed(1)}** (${seconds(outbox.wallMs - outbox.outageMs)}) | **${pct(outbox.perSecondWithoutOutage / direct.perSecond)}** | ${outbox.perSecond.toFixed(1)} (${seconds(outbox.wallMs)}) |`,
  );
  const notes = result.transports.flatMap(({ query, direct, outbox }) => {
    const failed = outbox.statuses.failed ?? 0;
    return [
      '',
      `SMTP_URL ${query || 'without options'}: the server stopped after ${outbox.stoppedAfter} of the outbox's mails and accepted connections again ${seconds(outbox.outageMs)} later. ` +
        `${outbox.attempts} send attempts, ${outbox.failedAttempts} failed; ` +
        (outbox.skippedBackoffMs > 0 ? `${seconds(outbox.skippedBackoffMs)} of retry delay skipped once the server was back. ` : 'no retry delay skipped. ') +
        `Queueing took ${seconds(outbox.enqueueMs)} before the run. Rows: ${Object.entries(outbox.statuses).map(([status, n]) => `${n} ${status}`).join(', ')}${outbox.timedOut ? ' — TIMED OUT' : ''}${failed ? ` — ${failed} given up` : ''}.`,
      deliveryLine(direct),
      deliveryLine(outbox),
    ];
  });
  const mails = result.transports[0]?.direct.mails ?? 0;
  return [
    `| ${mails} mails, SMTP_URL … | nodemailer alone, mails/s (baseline) | outbox, mails/s without the outage | vs baseline | outbox, mails/s with the outage |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...notes,
  ].join('\n');
}
