import * as z from 'zod';
import { strings } from '../../src/strings.ts';
import { HONEYPOT_FIELD } from '../../src/lib/comments/commentFormHtml.ts';
import { characterCount, cleanBody, cleanLine } from './text.ts';

const messages = strings.commentFields;

/** Length limits in characters (code points). */
export const LIMITS = { post: 200, name: 100, email: 254, url: 200, body: 5000, token: 200 } as const;


/** A checked submission, ready for the spam pipeline. */
export interface Submission {
  post: string;
  parent: string | null;
  name: string;
  email: string;
  url: string | null;
  body: string;
  notify: boolean;
  /** Whether the honeypot field carried anything. */
  honeypotFilled: boolean;
  token: string | null;
}

type Field = keyof typeof LIMITS | 'parent';

function text(field: Field, options: { required: boolean; body?: boolean }) {
  const max = field === 'parent' ? LIMITS.token : LIMITS[field];
  return z.unknown().optional().transform((value, ctx): string | null => {
    if (value === undefined || value === null || value === '') {
      if (options.required) ctx.addIssue({ code: 'custom', message: messages.required });
      return null;
    }
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: messages.notText });
      return z.NEVER;
    }
    const cleaned = options.body ? cleanBody(value) : cleanLine(value);
    if (cleaned === 'control-characters') {
      ctx.addIssue({ code: 'custom', message: messages.controlCharacters });
      return z.NEVER;
    }
    if (cleaned === '') {
      if (options.required) ctx.addIssue({ code: 'custom', message: messages.required });
      return null;
    }
    if (characterCount(cleaned) > max) {
      ctx.addIssue({ code: 'custom', message: messages.tooLong(max) });
      return z.NEVER;
    }
    return cleaned;
  });
}

const emailShape = z.email();

/** http(s) only, no credentials; a bare host name like `www.example.org` gets `https://`. */
export function normaliseUrl(value: string): string | null {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname.includes('.')) return null;
  return url.href;
}

const NOTIFY_YES = new Set(['on', 'true', '1', 'yes', 'ja']);
const NOTIFY_NO = new Set(['', 'off', 'false', '0', 'no', 'nein']);

const submissionFields = z.object({
  post: text('post', { required: true }),
  parent: text('parent', { required: false }),
  name: text('name', { required: true }),
  email: text('email', { required: true }).transform((value, ctx) => {
    if (value === null) return z.NEVER;
    if (!emailShape.safeParse(value).success) {
      ctx.addIssue({ code: 'custom', message: messages.invalidEmail });
      return z.NEVER;
    }
    return value.toLowerCase();
  }),
  url: text('url', { required: false }).transform((value, ctx) => {
    if (value === null) return null;
    const url = normaliseUrl(value);
    if (url === null || characterCount(url) > LIMITS.url) {
      ctx.addIssue({ code: 'custom', message: url === null ? messages.invalidUrl : messages.tooLong(LIMITS.url) });
      return z.NEVER;
    }
    return url;
  }),
  body: text('body', { required: true, body: true }),
  notify: z.unknown().optional().transform((value, ctx) => {
    if (value === undefined || value === null || value === false) return false;
    if (value === true) return true;
    const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
    if (word !== undefined && NOTIFY_YES.has(word)) return true;
    if (word !== undefined && NOTIFY_NO.has(word)) return false;
    ctx.addIssue({ code: 'custom', message: messages.invalidNotify });
    return z.NEVER;
  }),
  // Whatever a bot puts here (even an array) only marks it as a bot; it is never a validation error.
  [HONEYPOT_FIELD]: z.unknown().optional().transform((value) => value !== undefined && value !== null && value !== ''),
  token: text('token', { required: false }),
});

export type SubmissionResult = { ok: true; submission: Submission } | { ok: false; fields: Record<string, string> };

/**
 * Checks a submission as it came in (JSON object or form fields) and returns
 * it cleaned, or one German message per field that is wrong. Unknown fields
 * are ignored.
 */
export function parseSubmission(input: Record<string, unknown>): SubmissionResult {
  const result = submissionFields.safeParse(input);
  if (!result.success) return { ok: false, fields: fieldMessages(result.error.issues) };
  const v = result.data;
  return {
    ok: true,
    submission: {
      post: v.post!,
      parent: v.parent,
      name: v.name!,
      email: v.email,
      url: v.url,
      body: v.body!,
      notify: v.notify,
      honeypotFilled: v[HONEYPOT_FIELD],
      token: v.token,
    },
  };
}

const bodyOnly = text('body', { required: true, body: true });

/** A comment's text alone, checked and cleaned exactly like a submission's (an author's edit). */
export function parseBody(value: unknown): { ok: true; body: string } | { ok: false; message: string } {
  const result = bodyOnly.safeParse(value);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? messages.required };
  return { ok: true, body: result.data! };
}

/** The first German message per field of a failed check. */
function fieldMessages(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[String(issue.path[0] ?? 'body')] ??= issue.message;
  return fields;
}

const previewFields = submissionFields.pick({ post: true, body: true });

/** A preview's `post` and `body`, checked like a submission's, or one message per wrong field. */
export function parsePreview(input: Record<string, unknown>): { ok: true; post: string; body: string } | { ok: false; fields: Record<string, string> } {
  const result = previewFields.safeParse(input);
  if (!result.success) return { ok: false, fields: fieldMessages(result.error.issues) };
  return { ok: true, post: result.data.post!, body: result.data.body! };
}
