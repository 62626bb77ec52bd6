/** How the mails a run sent compare with what the SMTP server received. */
export interface DeliveryCheck {
  expected: number;
  /** Markers received at least once. */
  delivered: number;
  /** Markers never received: lost mail. */
  missing: string[];
  /** Markers received more than once, with how often. */
  duplicated: { marker: string; times: number }[];
  /** Markers nobody sent (a mail of another run, or a mangled header). */
  unexpected: string[];
}

/**
 * Compares the per-mail markers a run sent with how often the SMTP server saw
 * each one. Exactly once means: nothing missing, duplicated or unexpected. Pure.
 */
export function checkDelivery(sent: readonly string[], received: ReadonlyMap<string, number>): DeliveryCheck {
  const expected = new Set(sent);
  const missing = [...expected].filter((marker) => !received.has(marker));
  const duplicated = [...received].filter(([marker, times]) => expected.has(marker) && times > 1).map(([marker, times]) => ({ marker, times }));
  const unexpected = [...received.keys()].filter((marker) => !expected.has(marker));
  return { expected: expected.size, delivered: expected.size - missing.length, missing, duplicated, unexpected };
}

/** True when every mail arrived exactly once. Pure. */
export function exactlyOnce(check: DeliveryCheck): boolean {
  return check.missing.length === 0 && check.duplicated.length === 0 && check.unexpected.length === 0;
}
