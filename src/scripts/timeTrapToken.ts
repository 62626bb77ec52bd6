/**
 * The comment form's time-trap token (functions/spam/timeTrap.ts), fetched
 * with bounded retries and renewed long before it expires. A reader whose
 * token never arrives can still submit: the server then moderates the
 * comment as "token-missing" instead of losing it.
 */

/** How long the service accepts a token (MAX_TOKEN_AGE_MS there is one day); renewing at half keeps a wide margin. */
export const TOKEN_REFRESH_MS = 12 * 60 * 60 * 1000;
/** A token younger than 3 s counts as a bot's (MIN_TOKEN_AGE_MS); a renewed one replaces the old only after this. */
export const TOKEN_SETTLE_MS = 3_500;

export interface TokenOptions {
  /** Requests in all before giving up (first try included). */
  attempts?: number;
  /** Pause before the second try; it doubles before each further one. */
  firstDelayMs?: number;
  /** A request not answered within this is given up and tried again: a stalled connection must not block for ever. */
  timeoutMs?: number;
  refreshMs?: number;
  settleMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface TimeTrapToken {
  /** Fetches a token and puts it into the form at once; resolves with false when every try failed. */
  load: () => Promise<boolean>;
  /** Fetches a token if the current one is older than the refresh age; the new one replaces it after the settle time. */
  refreshIfOld: () => Promise<void>;
  /** Stops the renewal timer. */
  stop: () => void;
}

/**
 * @example
 * const token = timeTrapToken('/api/comments/token?post=x', (value) => (input.value = value));
 * await token.load();
 */
export function timeTrapToken(url: string, apply: (token: string) => void, options: TokenOptions = {}): TimeTrapToken {
  const { attempts = 5, firstDelayMs = 500, timeoutMs = 10_000, refreshMs = TOKEN_REFRESH_MS, settleMs = TOKEN_SETTLE_MS, now = () => Date.now() } = options;
  const request = options.fetch ?? ((input, init) => fetch(input, init));
  let fetchedAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function fetchToken(): Promise<string | undefined> {
    for (let attempt = 1; ; attempt++) {
      const res = await request(url, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined);
      const token = res?.ok ? ((await res.json().catch(() => undefined)) as { token?: unknown } | undefined)?.token : undefined;
      if (typeof token === 'string' && token !== '') return token;
      // Every failure is worth another try, a 404 too: a service whose post list is a moment behind the deploy
      // (or, before issue 16, still reading it) calls a new article unknown.
      if (attempt >= attempts) return undefined;
      await new Promise((wait) => setTimeout(wait, firstDelayMs * 2 ** (attempt - 1)));
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    // The timer's own word that refreshMs went by: a timer may fire a moment before Date.now() says so
    // (browsers coarsen it, Node's loop clock lags under load), and a check against it would end the renewal.
    timer = setTimeout(() => void refresh(), refreshMs);
  }

  async function load(): Promise<boolean> {
    const token = await fetchToken();
    if (token === undefined) return false;
    apply(token);
    fetchedAt = now();
    schedule();
    return true;
  }

  async function refreshIfOld(): Promise<void> {
    if (now() - fetchedAt < refreshMs) return;
    await refresh();
  }

  async function refresh(): Promise<void> {
    const token = await fetchToken();
    if (token === undefined) return schedule();
    fetchedAt = now();
    schedule();
    // Until the new token is old enough for the time trap, the old one (still valid) stays in the form.
    setTimeout(() => apply(token), settleMs);
  }

  // A tab asleep overnight misses its timer: check when the reader comes back.
  globalThis.document?.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshIfOld();
  });

  return { load, refreshIfOld, stop: () => clearTimeout(timer) };
}
