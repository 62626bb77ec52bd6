import * as z from 'zod';
import { siteUrl } from '../../src/env.ts';
import { strings } from '../../src/strings.ts';
import type { FilterSettings } from '../spam/localFilter.ts';

type Env = Record<string, string | undefined>;
const messages = strings.serviceConfig;

/**
 * Who is published without waiting for a moderator when every spam check
 * passes: authors with an earlier approved comment (default), everyone, or nobody.
 */
export type AutoApprovePolicy = 'returning' | 'always' | 'never';

/** The comment service's settings, read once from the environment. */
export interface ServiceConfig {
  databaseUrl: string;
  /** PostgreSQL connections one process (one serverless instance) may hold at most. */
  databasePoolMax: number;
  siteUrl: string;
  /** The built site: the list of published posts and the comments page template live here. */
  siteDir: string;
  /** Where the self-hosted service keeps its files (SQLite file, secret, mail outbox). */
  dataDir: string;
  akismetKey?: string;
  /** Netlify build hook, called when a scheduled post falls due (functions/maintenance.ts). */
  buildHookUrl?: string;
  akismetEndpoint?: string;
  smtpUrl?: string;
  mailFrom: string;
  secret: string;
  /** How many proxies in front of the service append to X-Forwarded-For; 0 ignores the header. */
  trustProxy: number;
  port: number;
  host: string;
  autoApprove: AutoApprovePolicy;
  rateLimit: { max: number; windowMs: number };
  /** GET /api/search per IP network and minute on the self-hosted server. */
  searchRateLimit: { max: number; windowMs: number };
  moderatedWords: string[];
  blockedWords: string[];
  ipRetentionDays: number;
  /** The local spam filter: who judges (SPAM_FILTER), its thresholds and how many decisions it needs first. */
  spamFilter: FilterSettings;
}

/** Defaults of the local spam filter's thresholds, chosen on `npm run bench -- spam` (see docs/spam.md). */
export const SPAM_FILTER_DEFAULTS = { spamThreshold: 0.85, hamThreshold: 0.15, minDecisions: 20 } as const;

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blank, z.string().trim().optional());
const httpUrl = (name: string) =>
  z.preprocess(blank, z.url({ protocol: /^https?$/, error: `${name} ${messages.url}` }).optional());
const positiveInteger = (name: string, fallback: number) =>
  z.preprocess(blank, z.coerce.number({ error: `${name} ${messages.positiveInteger}` }).int(`${name} ${messages.positiveInteger}`).positive(`${name} ${messages.positiveInteger}`).default(fallback));
const threshold = (name: string, fallback: number) =>
  z.preprocess(blank, z.coerce.number({ error: `${name} ${messages.threshold}` }).min(0, `${name} ${messages.threshold}`).max(1, `${name} ${messages.threshold}`).default(fallback));
const wordList = z.preprocess(blank, z.string().optional()).transform((value) =>
  (value ?? '')
    .split(',')
    .map((word) => word.trim().normalize('NFC').toLowerCase())
    .filter(Boolean),
);

/** PORT and HOST: shared by the self-hosted server and the service configuration. */
export const serverSchema = z.object({
  PORT: z.preprocess(blank, z.coerce.number({ error: messages.port }).int(messages.port).min(0, messages.port).max(65535, messages.port).default(4321)),
  HOST: z.preprocess(blank, z.string().trim().default('localhost')),
});

const serviceSchema = serverSchema.extend({
  // Unset: the SQLite file klartext.db in DATA_DIR (see parseServiceConfig).
  DATABASE_URL: z.preprocess(blank, z.string().trim().regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, messages.databaseUrl).optional()),
  DATABASE_POOL_MAX: positiveInteger('DATABASE_POOL_MAX', 10),
  SITE_URL: z.preprocess(blank, z.string().optional()).transform((value, ctx) => {
    try {
      return value === undefined ? undefined : siteUrl({ SITE_URL: value });
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  SITE_DIR: z.preprocess(blank, z.string().trim().default('dist')),
  DATA_DIR: z.preprocess(blank, z.string().trim().default('data')),
  AKISMET_KEY: optionalText,
  BUILD_HOOK_URL: httpUrl('BUILD_HOOK_URL'),
  AKISMET_ENDPOINT: httpUrl('AKISMET_ENDPOINT'),
  SMTP_URL: z.preprocess(blank, z.string().trim().regex(/^smtps?:\/\/.+/, messages.smtpUrl).optional()),
  MAIL_FROM: z.preprocess(blank, z.email(`MAIL_FROM ${messages.email}`).default('kommentare@klartext.example')),
  SECRET: z.string({ error: messages.secretMissing }).min(32, messages.secret),
  TRUST_PROXY: z.preprocess(blank, z.string().trim().toLowerCase().default('false')).transform((value, ctx) => {
    if (value === 'false') return 0;
    if (value === 'true') return 1;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    ctx.addIssue({ code: 'custom', message: messages.trustProxy });
    return z.NEVER;
  }),
  COMMENT_AUTO_APPROVE: z.preprocess(blank, z.enum(['returning', 'always', 'never'], messages.autoApprove).default('returning')),
  RATE_LIMIT_MAX: positiveInteger('RATE_LIMIT_MAX', 5),
  RATE_LIMIT_WINDOW_MINUTES: positiveInteger('RATE_LIMIT_WINDOW_MINUTES', 10),
  SEARCH_RATE_LIMIT_MAX: positiveInteger('SEARCH_RATE_LIMIT_MAX', 30),
  COMMENT_MODERATED_WORDS: wordList,
  COMMENT_BLOCKED_WORDS: wordList,
  IP_RETENTION_DAYS: positiveInteger('IP_RETENTION_DAYS', 30),
  SPAM_FILTER: z.preprocess(blank, z.enum(['local', 'akismet', 'both'], messages.spamFilter).default('both')),
  SPAM_SPAM_THRESHOLD: threshold('SPAM_SPAM_THRESHOLD', SPAM_FILTER_DEFAULTS.spamThreshold),
  SPAM_HAM_THRESHOLD: threshold('SPAM_HAM_THRESHOLD', SPAM_FILTER_DEFAULTS.hamThreshold),
  SPAM_MIN_DECISIONS: positiveInteger('SPAM_MIN_DECISIONS', SPAM_FILTER_DEFAULTS.minDecisions),
}).refine((v) => v.SPAM_HAM_THRESHOLD < v.SPAM_SPAM_THRESHOLD, { message: messages.thresholdOrder, path: ['SPAM_HAM_THRESHOLD'] });

/** Thrown on bad settings; the message names every variable that is wrong. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '');
    return `- ${issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`}`;
  });
  return [messages.heading, ...lines].join('\n');
}

/**
 * Reads and checks the comment service's environment. Pure: the caller passes
 * the environment (and a generated SECRET when it keeps one on disk).
 */
export function parseServiceConfig(env: Env): ServiceConfig {
  const result = serviceSchema.safeParse(env);
  if (!result.success) throw new ConfigError(describeIssues(result.error));
  const v = result.data;
  return {
    databaseUrl: v.DATABASE_URL ?? `file:${v.DATA_DIR}/klartext.db`,
    databasePoolMax: v.DATABASE_POOL_MAX,
    // Without SITE_URL: the address of PORT, as the build has it (src/env.ts).
    siteUrl: v.SITE_URL ?? siteUrl({ PORT: String(v.PORT) }),
    siteDir: v.SITE_DIR,
    dataDir: v.DATA_DIR,
    akismetKey: v.AKISMET_KEY,
    buildHookUrl: v.BUILD_HOOK_URL,
    akismetEndpoint: v.AKISMET_ENDPOINT?.replace(/\/+$/, ''),
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    secret: v.SECRET,
    trustProxy: v.TRUST_PROXY,
    port: v.PORT,
    host: v.HOST,
    autoApprove: v.COMMENT_AUTO_APPROVE,
    rateLimit: { max: v.RATE_LIMIT_MAX, windowMs: v.RATE_LIMIT_WINDOW_MINUTES * 60_000 },
    searchRateLimit: { max: v.SEARCH_RATE_LIMIT_MAX, windowMs: 60_000 },
    moderatedWords: v.COMMENT_MODERATED_WORDS,
    blockedWords: v.COMMENT_BLOCKED_WORDS,
    ipRetentionDays: v.IP_RETENTION_DAYS,
    spamFilter: { mode: v.SPAM_FILTER, spamThreshold: v.SPAM_SPAM_THRESHOLD, hamThreshold: v.SPAM_HAM_THRESHOLD, minDecisions: v.SPAM_MIN_DECISIONS },
  };
}

/** PORT and HOST alone, checked the same way (the static server needs nothing else). */
export function parseServerSettings(env: Env): { port: number; hostname: string } {
  const result = serverSchema.safeParse(env);
  if (!result.success) throw new ConfigError(describeIssues(result.error));
  return { port: result.data.PORT, hostname: result.data.HOST };
}
