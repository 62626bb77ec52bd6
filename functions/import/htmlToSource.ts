import { Parser } from 'htmlparser2';

/**
 * Turns the HTML of a foreign comment into the text our comments are stored
 * as (the Markdown subset of functions/comments/renderBody.ts), conservatively:
 * paragraphs and `<br>` become line breaks, `<a href>` with an http(s) or
 * mailto address becomes a Markdown link, `<blockquote>` a `>` quote; every
 * other tag is dropped and its text kept, entities are decoded, and scripts,
 * styles, embedded documents and forms go away with their content. Attributes
 * other than `href` (onclick, style, …) are never read. Characters that would
 * mean Markdown (`*`, `_`, `[`, `` ` ``, `<`, `&name;`, a `>` opening a line)
 * are escaped, so the comment reads exactly as it did before, and whatever
 * the export holds, renderCommentBody only ever sees text. Pure.
 */
export function htmlToCommentSource(html: string): string {
  const frames: Frame[] = [{ tag: 'root', out: '', href: null }];
  const top = () => frames[frames.length - 1]!;
  const append = (text: string) => (top().out += text);
  let dropped = 0;
  // htmlparser2 hands text over in pieces (an entity is a piece of its own); escaping needs the whole run.
  let text = '';
  const flush = () => {
    if (text) append(escapeText(text, atLineStart(top())));
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        if (dropped > 0 || DROPPED.has(name)) dropped++;
        // A link inside a link (invalid HTML) keeps only its text.
        else if (name === 'a') frames.push({ tag: 'a', out: '', href: frames.some((frame) => frame.tag === 'a') ? null : (attribs.href ?? null) });
        else if (name === 'blockquote') frames.push({ tag: 'blockquote', out: '', href: null });
        else if (name === 'br') append('\n');
        else if (name === 'li') append('\n- ');
        else if (name === 'img' && attribs.alt) append(escapeText(attribs.alt, false));
        else if (BLOCKS.has(name)) append('\n\n');
      },
      ontext(piece) {
        if (dropped === 0) text += piece;
      },
      onclosetag(name) {
        flush();
        if (dropped > 0) dropped--;
        else if (name === 'a' && top().tag === 'a') append(linkSource(frames.pop()!));
        else if (name === 'blockquote' && top().tag === 'blockquote') append(quoteSource(frames.pop()!.out));
        else if (name === 'td' || name === 'th') append(' ');
        else if (BLOCKS.has(name)) append('\n\n');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  // htmlparser2 closes every element left open at the end, so the root frame holds everything.
  return tidy(frames[0]!.out);
}

/** The text of an HTML fragment (a WordPress author name): entities decoded, tags and scripts gone, spacing as it was. Pure. */
export function htmlText(fragment: string): string {
  let out = '';
  let dropped = 0;
  new Parser(
    {
      onopentag: (name) => void ((dropped > 0 || DROPPED.has(name)) && dropped++),
      onclosetag: () => void (dropped > 0 && dropped--),
      ontext: (piece) => void (dropped === 0 && (out += piece)),
    },
    { decodeEntities: true },
  ).end(fragment);
  return out;
}

interface Frame {
  tag: 'root' | 'a' | 'blockquote';
  out: string;
  href: string | null;
}

/** Never text for readers; their content goes too. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'head', 'title', 'form', 'textarea', 'select', 'button']);

/** Elements that stand on their own lines. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'pre', 'hr', 'figure', 'figcaption', 'address', 'details', 'summary', 'center']);

// Plain addresses in the text stay as they are: linkify turns them into links, and a backslash inside one would cut it.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"`]+/gi;

function escapeText(value: string, lineStart: boolean): string {
  let out = '';
  let last = 0;
  for (const match of value.matchAll(URL_IN_TEXT)) {
    out += escapeMarkdown(value.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += escapeMarkdown(value.slice(last));
  // A `>` first on a line would open a quote.
  return out.replace(/(^|\n)([ \t]*)>/g, (all, newline: string, space: string, offset: number) => (offset === 0 && newline === '' && !lineStart ? all : `${newline}${space}\\>`));
}

/** Backslash-escapes what the comment Markdown would read as markup (emphasis, links, code, autolinks, entities). */
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

function atLineStart(frame: Frame): boolean {
  return frame.out === '' ? frame.tag !== 'a' : frame.out.endsWith('\n');
}

function linkSource(frame: Frame): string {
  const href = safeHref(frame.href);
  if (!href) return frame.out;
  const label = frame.out.replace(/\s+/g, ' ');
  // Spaces at the edges stay outside the brackets, so "<a>eins </a>zwei" keeps its space.
  const core = label.trim();
  const before = label.startsWith(' ') && core ? ' ' : '';
  const after = label.endsWith(' ') && core ? ' ' : '';
  return `${before}[${core || escapeMarkdown(href)}](${href})${after}`;
}

/** http, https and mailto only, absolute (a relative link pointed into the old site); parentheses and spaces encoded for Markdown. */
function safeHref(raw: string | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'mailto:') return null;
  return url.href.replace(/[()\s<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function quoteSource(content: string): string {
  const inner = tidy(content);
  if (!inner) return '';
  return `\n\n${inner
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')}\n\n`;
}

/** Line breaks unified, controls removed, spaces collapsed, at most one empty line in a row. */
function tidy(value: string): string {
  return value
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
