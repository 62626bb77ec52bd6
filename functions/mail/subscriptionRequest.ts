import * as z from 'zod';
import { HONEYPOT_FIELD } from '../../src/lib/comments/commentFormHtml.ts';
import { strings } from '../../src/strings.ts';
import { LIMITS } from '../comments/submissionSchema.ts';
import { characterCount, cleanLine } from '../comments/text.ts';

const messages = strings.commentFields;

/** A checked request to get every new comment of an article by mail. */
export type SubscriptionRequest =
  | { ok: true; post: string; email: string; honeypotFilled: boolean }
  /** `post` is there when only the address was wrong (to show the form again). */
  | { ok: false; fields: Record<string, string>; post?: string };

function line(value: unknown, max: number): { value: string } | { error: string } {
  if (value === undefined || value === null || value === '') return { error: messages.required };
  if (typeof value !== 'string') return { error: messages.notText };
  const cleaned = cleanLine(value);
  if (cleaned === 'control-characters') return { error: messages.controlCharacters };
  if (cleaned === '') return { error: messages.required };
  if (characterCount(cleaned) > max) return { error: messages.tooLong(max) };
  return { value: cleaned };
}

/**
 * Checks `{ post, email }` (JSON or form fields) with the comment form's
 * rules and messages; one German message per wrong field. Pure.
 */
export function parseSubscriptionRequest(input: Record<string, unknown>): SubscriptionRequest {
  const fields: Record<string, string> = {};
  const post = line(input.post, LIMITS.post);
  if ('error' in post) fields.post = post.error;
  const email = line(input.email, LIMITS.email);
  if ('error' in email) fields.email = email.error;
  else if (!z.email().safeParse(email.value).success) fields.email = messages.invalidEmail;
  if ('error' in post) return { ok: false, fields };
  if ('error' in email || fields.email) return { ok: false, fields, post: post.value };
  const trap = input[HONEYPOT_FIELD];
  return { ok: true, post: post.value, email: email.value.toLowerCase(), honeypotFilled: trap !== undefined && trap !== null && trap !== '' };
}
