/** The spam benchmark's report: sorting quality, thresholds, time and throughput, with the targets. Pure. */
import type { SortingMetrics } from './metrics.ts';

interface Latency {
  p50: number;
  p99: number;
}

interface Throughput extends Latency {
  rps: number;
  non2xx: number;
  errors: number;
}

export interface SpamReport {
  metrics: SortingMetrics;
  byLanguage: Record<'de' | 'en', SortingMetrics>;
  thresholds: { spam: number; ham: number };
  sweep: Array<{ spam: number; ham: number; metrics: SortingMetrics }>;
  stage: Latency & { n: number };
  post: { filter: Latency; baseline: Latency };
  throughput: { filter: Throughput; baseline: Throughput };
  /** How the throughput run's comments of each server ended up, so the two runs can be seen to do the same work. */
  statuses: { filter: StatusCounts; baseline: StatusCounts };
}

export type StatusCounts = Record<'approved' | 'pending' | 'spam', number>;

const statusLine = (x: StatusCounts) => `${x.approved} published, ${x.spam} spam, ${x.pending} waiting`;

const pct = (value: number) => (Number.isNaN(value) ? '–' : `${(value * 100).toFixed(1)} %`);
const ms = (value: number) => `${value.toFixed(2)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function formatSpamReport(report: SpamReport): string {
  const { metrics: m, stage, post, throughput } = report;
  const ratio = throughput.filter.rps / throughput.baseline.rps;
  const row = (label: string, x: SortingMetrics) =>
    `| ${label} | ${x.spam} / ${x.ham} | ${pct(x.recall)} | ${pct(x.precision)} | ${pct(x.falsePositiveRate)} | ${pct(x.moderatorShare)} | ${pct(x.hamPublished)} | ${pct(x.spamPublished)} |`;
  return [
    '',
    `Held-out half, thresholds spam ≥ ${report.thresholds.spam}, ham ≤ ${report.thresholds.ham} (the defaults):`,
    '| messages | spam / ham | spam caught (recall) | precision | ham marked spam (FPR) | left for moderators | ham published | spam published |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row('all', m),
    row('German', report.byLanguage.de),
    row('English', report.byLanguage.en),
    '',
    'Other thresholds on the same scores (spam ≥ s, published ≤ h):',
    '| s | h | recall | FPR | left for moderators | ham published | spam published |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...report.sweep.map(({ spam, ham, metrics: x }) => `| ${spam} | ${ham} | ${pct(x.recall)} | ${pct(x.falsePositiveRate)} | ${pct(x.moderatorShare)} | ${pct(x.hamPublished)} | ${pct(x.spamPublished)} |`),
    '',
    `Filter stage in-process (model refresh query + features + score), ${stage.n} runs: p50 ${ms(stage.p50)}, p99 ${ms(stage.p99)}`,
    `POST /api/comments one at a time, test half: with filter p50 ${ms(post.filter.p50)} / p99 ${ms(post.filter.p99)}; without (Akismet stand-in) p50 ${ms(post.baseline.p50)} / p99 ${ms(post.baseline.p99)}`,
    `POST throughput (autocannon): with filter ${throughput.filter.rps.toFixed(0)} req/s (p99 ${throughput.filter.p99} ms), without ${throughput.baseline.rps.toFixed(0)} req/s (p99 ${throughput.baseline.p99} ms); non-2xx ${throughput.filter.non2xx + throughput.baseline.non2xx}, errors ${throughput.filter.errors + throughput.baseline.errors}`,
    `Throughput run's comments: with filter ${statusLine(report.statuses.filter)}; without ${statusLine(report.statuses.baseline)}`,
    '',
    `${mark(m.recall >= 0.9)} spam caught ${pct(m.recall)} (target ≥ 90 %)`,
    `${mark(m.falsePositiveRate <= 0.01)} ham marked spam ${pct(m.falsePositiveRate)} (target ≤ 1 %)`,
    `${mark(stage.p99 <= 5)} classification p99 ${ms(stage.p99)} (target ≤ 5 ms)`,
    `${mark(ratio >= 0.8)} POST throughput ${pct(ratio)} of today's pipeline sorting with Akismet (target ≥ 80 %)`,
    'Times are measured on a shared machine; compare the ratios, not the absolute figures.',
  ].join('\n');
}
