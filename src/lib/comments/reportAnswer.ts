/** The messages a report can end with. */
export interface ReportAnswerLabels {
  thanks: string;
  chooseReason: string;
  failed: string;
  rateLimited: string;
  gone: string;
}

/** What the reader is told after `POST /api/comments/:id/report`, and whether the report arrived. */
export interface ReportAnswer {
  ok: boolean;
  message: string;
}

/**
 * Turns the service's answer to a report into the German message shown in
 * place (docs/api.md, "Readers and moderation"): 202 is a thank-you, the
 * known refusals get their own words, another refusal (cross-site, bad body)
 * the service's German `error`, and everything else (a 5xx, a static host
 * without the service answering 404 or 405) a general failure.
 */
export function reportAnswer(status: number, body: unknown, labels: ReportAnswerLabels): ReportAnswer {
  if (status === 202) return { ok: true, message: labels.thanks };
  if (status === 400 && hasField(body, 'reason')) return { ok: false, message: labels.chooseReason };
  if (status === 404 && field(body, 'code') === 'unknown-comment') return { ok: false, message: labels.gone };
  if (status === 429) return { ok: false, message: labels.rateLimited };
  const error = field(body, 'error');
  return { ok: false, message: status >= 400 && status < 500 && status !== 404 && typeof error === 'string' && error ? error : labels.failed };
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function hasField(body: unknown, name: string): boolean {
  const fields = field(body, 'fields');
  return typeof fields === 'object' && fields !== null && name in fields;
}
