import { parseArgs } from 'node:util';
import { UsageError } from '../usageError.ts';

/** Command-line options of `npm run bench -- moderation`. */
export interface ModerationBenchOptions {
  /** Pending comments approved one after another, each timed until the list shows it (default 200; 0 skips the part). */
  comments: number;
  /** Mails queued in the outbox and sent to the local SMTP server (default 1000; 0 skips the part). */
  mails: number;
  /** The SMTP server stops after accepting this many of the outbox's mails (default 30 % of `mails`). */
  stopAfter: number;
  /** Seconds the SMTP server stays stopped (default 3). */
  outage: number;
  /** Wait out the outbox's real retry delays (30 s and more) instead of skipping them once the SMTP server is back. */
  realBackoff: boolean;
  /** Print one JSON object on stdout (progress goes to stderr). */
  json: boolean;
}

/** Usage text for the moderation benchmark. */
export const MODERATION_USAGE = 'npm run bench -- moderation [--comments N] [--mails N] [--stop-after N] [--outage S] [--real-backoff] [--json]';

const count = (value: string, name: string) => {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new UsageError(`--${name} must be a whole number ≥ 0, not "${value}".`);
  return number;
};

/** Parses the arguments after `moderation`; throws with a readable message on bad input. */
export function parseModerationOptions(args: readonly string[]): ModerationBenchOptions {
  let values: { comments: string; mails: string; 'stop-after'?: string; outage: string; 'real-backoff': boolean; json: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        comments: { type: 'string', default: '200' },
        mails: { type: 'string', default: '1000' },
        'stop-after': { type: 'string' },
        outage: { type: 'string', default: '3' },
        'real-backoff': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const mails = count(values.mails, 'mails');
  const stopAfter = values['stop-after'] === undefined ? Math.round(mails * 0.3) : count(values['stop-after'], 'stop-after');
  if (mails > 0 && (stopAfter < 1 || stopAfter >= mails)) throw new UsageError(`--stop-after must lie between 1 and ${mails - 1} (the number of mails minus one), not ${stopAfter}.`);
  const outage = Number(values.outage);
  if (!Number.isFinite(outage) || outage < 0 || values.outage.trim() === '') throw new UsageError(`--outage must be a number of seconds ≥ 0, not "${values.outage}".`);
  return { comments: count(values.comments, 'comments'), mails, stopAfter, outage, realBackoff: values['real-backoff'], json: values.json };
}
