import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { strings } from '../../src/strings.ts';

/** Stable error codes of the API; their German messages live in src/strings.ts. */
export type ErrorCode = keyof typeof strings.commentErrors;

/** The one error shape of the API. */
export interface ErrorBody {
  error: string;
  code: ErrorCode;
  fields?: Record<string, string>;
}

/** An HTTP failure with a stable code, turned into a response by the app's onError. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly headers: Record<string, string>;

  constructor(status: ContentfulStatusCode, code: ErrorCode, options: { fields?: Record<string, string>; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(strings.commentErrors[code], { cause: options.cause });
    this.status = status;
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }
}

/** `{ error, code, fields? }` for a code. */
export function errorBody(code: ErrorCode, fields?: Record<string, string>): ErrorBody {
  return { error: strings.commentErrors[code], code, ...(fields ? { fields } : {}) };
}

/** The JSON response for an ApiError; errors are never cached. */
export function errorResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  return c.json(errorBody(error.code, error.fields), error.status);
}
