/** The messages the data request form can end with. */
export interface DataRequestLabels {
  requested: string;
  invalidEmail: string;
  rateLimited: string;
  failed: string;
}

/** What the reader is told after `POST /api/privacy/request`; `field` names the input to mark. */
export interface DataRequestAnswer {
  ok: boolean;
  message: string;
  field?: 'email';
}

/**
 * Turns the service's answer to a data request into the German message shown
 * in place (docs/api.md, "Readers' rights"). The answer is the same whether or
 * not comments exist for the address, and so is the message.
 */
export function dataRequestAnswer(status: number, body: unknown, labels: DataRequestLabels): DataRequestAnswer {
  if (status === 202) return { ok: true, message: labels.requested };
  const fields = typeof body === 'object' && body !== null ? (body as { fields?: unknown }).fields : undefined;
  const email = typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>).email : undefined;
  if (status === 400 && email !== undefined) return { ok: false, message: typeof email === 'string' && email ? email : labels.invalidEmail, field: 'email' };
  if (status === 429) return { ok: false, message: labels.rateLimited };
  return { ok: false, message: labels.failed };
}
