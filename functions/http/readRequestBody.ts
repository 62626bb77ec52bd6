import type { Context } from 'hono';
import { ApiError } from './apiError.ts';

/** The largest request body the API reads (the contract: more is 413). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Keys that could reach an object's prototype if some code ever merged the input. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type BodyKind = 'json' | 'form';

/** The media type of a request, and whether it is one the API reads. */
export function bodyKind(contentType: string | undefined): BodyKind | undefined {
  const [type = '', ...params] = (contentType ?? '').toLowerCase().split(';').map((part) => part.trim());
  const charset = params.find((param) => param.startsWith('charset='))?.slice(8).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return undefined;
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
}

/** Deepest nesting of arrays and objects a JSON body may have; the API's own bodies are flat. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether a parsed body nests deeper than MAX_JSON_DEPTH or has a key like
 * `__proto__` anywhere. Walks with its own stack, never recursing: the depth
 * comes from the client, and 5,000 levels of `[` overflowed the call stack.
 */
function isUnsafe(root: unknown): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return true;
    const keys = Array.isArray(value) ? [] : Object.keys(value);
    if (keys.some((key) => FORBIDDEN_KEYS.has(key))) return true;
    const children = Array.isArray(value) ? value : keys.map((key) => (value as Record<string, unknown>)[key]);
    for (const child of children) if (child !== null && typeof child === 'object') pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/**
 * Decodes a body (already limited to MAX_BODY_BYTES) into fields: a JSON
 * object, or form fields where a repeated name becomes an array (so it fails
 * validation like any array where text belongs). Throws ApiError: 400 for
 * bytes that are not UTF-8, malformed JSON, anything but an object, keys
 * like `__proto__`, or nesting deeper than MAX_JSON_DEPTH.
 */
export function decodeBody(kind: BodyKind, bytes: ArrayBuffer): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid-body');
  }
  let data: unknown;
  if (kind === 'json') {
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(400, 'invalid-json');
    }
  } else {
    const fields: Record<string, unknown> = Object.create(null);
    for (const [key, value] of new URLSearchParams(text)) {
      if (FORBIDDEN_KEYS.has(key)) throw new ApiError(400, 'invalid-body');
      const previous = fields[key];
      fields[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
    data = fields;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || isUnsafe(data)) throw new ApiError(400, 'invalid-body');
  return data as Record<string, unknown>;
}

/** The request body as fields (JSON or form, see decodeBody); 415 for any other media type. */
export async function readFields(c: Context): Promise<Record<string, unknown>> {
  const kind = bodyKind(c.req.header('content-type'));
  if (!kind) throw new ApiError(415, 'unsupported-media-type');
  return decodeBody(kind, await c.req.arrayBuffer());
}

/** A form post from a browser without our script: it wants pages and redirects, not JSON. */
export function isBrowserFormPost(c: Context): boolean {
  return bodyKind(c.req.header('content-type')) === 'form' && !(c.req.header('accept') ?? '').includes('application/json');
}
