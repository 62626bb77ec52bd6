import { escapeHtml } from '../../src/lib/comments/escapeHtml.ts';
import { strings } from '../../src/strings.ts';

/**
 * A small page the service renders itself (set a password, confirm a mail
 * link): German, never indexed, no scripts or inline styles (the CSP forbids
 * them), no third-party anything. `body`
 * is HTML the caller built with escaped values.
 */
export function standalonePage(title: string, body: string): string {
  return (
    '<!doctype html><html lang="de"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="robots" content="noindex, nofollow">' +
    `<title>${escapeHtml(`${title} · ${strings.site.name}`)}</title>` +
    `</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  );
}
