import { readFile, stat } from 'node:fs/promises';

/**
 * A file of the built site the service reads (post list, page template),
 * parsed once and read again only when it changed — checked at most every
 * `recheckMs` — so a rebuild while the server runs is picked up without a
 * restart. `get()` is undefined while the file is missing.
 */
export class SiteFile<T> {
  readonly #path: string;
  readonly #parse: (text: string) => T;
  readonly #recheckMs: number;
  #value: T | undefined;
  #mtime = -1;
  #checkedAt = -Infinity;
  #pending: Promise<void> | undefined;

  constructor(path: string, parse: (text: string) => T, recheckMs = 5_000) {
    this.#path = path;
    this.#parse = parse;
    this.#recheckMs = recheckMs;
  }

  async get(): Promise<T | undefined> {
    // While a read is under way every caller waits for it: the first read used to mark the file as
    // checked before it was parsed, so a second request at that moment found no value (an article's
    // token request got "unknown-post" beside its comment-list request; issue 16).
    if (this.#pending || Date.now() - this.#checkedAt >= this.#recheckMs) {
      this.#pending ??= this.#reload().finally(() => (this.#pending = undefined));
      await this.#pending;
    }
    return this.#value;
  }

  async #reload(): Promise<void> {
    const info = await stat(this.#path).catch(() => undefined);
    if (!info) {
      this.#value = undefined;
      this.#mtime = -1;
    } else if (info.mtimeMs !== this.#mtime) {
      this.#value = this.#parse(await readFile(this.#path, 'utf8'));
      this.#mtime = info.mtimeMs;
    }
    this.#checkedAt = Date.now();
  }
}
