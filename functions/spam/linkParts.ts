import { normaliseHost } from './normalise.ts';

/**
 * Services that hide where a link goes. The filter cannot follow them (that
 * would send a request out), so a shortened link is a clue of its own.
 */
export const LINK_SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'tiny.cc', 'rb.gy',
  's.id', 't.ly', 'bl.ink', 'lnkd.in', 'shorte.st', 'adf.ly', 'bc.vc', 'ouo.io', 'cli.re', 'tiny.one', 'u.to', 'qr.ae', 'soo.gd', 'x.co', 'short.io', 'urlz.fr',
  '0rz.tw', 'clck.ru', 'gg.gg', 'n9.cl', 'trib.al', 'dlvr.it', 'linktr.ee', 'shorturl.com', 'tr.im', 'y2u.be',
]);

/** Second-level labels under which a country's domains are registered (example.co.uk). */
const SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'gv']);

/** Top-level domains a bare "name.tld" in running text is read as a link for (others are too often abbreviations). */
const BARE_TLDS =
  'com|net|org|de|at|ch|eu|info|biz|io|co|xyz|top|online|site|shop|store|club|win|bet|casino|loan|vip|live|app|ru|cn|pw|cc|tk|ml|ga|cf|gq|click|link|icu|buzz|fun|space|website|today|best|pro|me|ly|gl|gd|to|be';

/** One link found in a comment: its host (normalised) and where it stood. */
export interface FoundLink {
  host: string;
  /** The registrable domain: the last two labels, three for example.co.uk. */
  domain: string;
  tld: string;
  shortener: boolean;
  /** Written without a scheme or www. ("casino.xyz"), or with its dots disguised ("casino[.]xyz", "casino dot xyz"). */
  bare: boolean;
  disguised: boolean;
  /** The host is an IP address. */
  ip: boolean;
  start: number;
  end: number;
}

/** The registrable domain of a host: `www.shop.example.co.uk` → `example.co.uk`. */
export function registrableDomain(host: string): string {
  const labels = host.replace(/^www\d*\./, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const take = labels.at(-1)!.length === 2 && SECOND_LEVELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

function linkOf(host: string, start: number, end: number, kind: { bare: boolean; disguised: boolean }): FoundLink {
  const normal = normaliseHost(host);
  const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(normal);
  const domain = ip ? normal : registrableDomain(normal);
  return { host: normal, domain, tld: ip ? 'ip' : (normal.split('.').at(-1) ?? ''), shortener: LINK_SHORTENERS.has(domain) || LINK_SHORTENERS.has(normal), ...kind, ip, start, end };
}

const PATTERNS: Array<{ pattern: RegExp; kind: { bare: boolean; disguised: boolean } }> = [
  // http(s)://host/…, www.host/… (the Markdown link's target is found the same way)
  { pattern: /\b(?:https?:\/\/(?:[^\s/@]+@)?|(?=www\d*\.))([\p{L}\p{N}.-]+\.[\p{L}\p{N}-]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?[^\s<>()"'\]]*/giu, kind: { bare: false, disguised: false } },
  // casino[.]xyz, casino(.)xyz, casino dot xyz, casino punkt xyz
  { pattern: /(?<![\p{L}\p{N}.-])([\p{L}\p{N}-]+(?:\s*(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s(?:dot|punkt)\s)\s*[\p{L}\p{N}-]+)+)(?![\p{L}\p{N}])/giu, kind: { bare: true, disguised: true } },
  // casino-bonus.xyz/… in running text
  { pattern: new RegExp(`(?<![\\p{L}\\p{N}@./-])((?:[\\p{L}\\p{N}-]+\\.)+(?:${BARE_TLDS}))(?![\\p{L}\\p{N}-])[^\\s<>()"']*`, 'giu'), kind: { bare: true, disguised: false } },
];

const DISGUISED_DOT = /\s*(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s(?:dot|punkt)\s)\s*/giu;
const ENDS_IN_BARE_TLD = new RegExp(`\\.(?:${BARE_TLDS})$`, 'i');

/**
 * Every link in a text, in order: with scheme or www., bare domains with a
 * common top-level domain, and domains whose dots are written out. Overlaps
 * count once (the first pattern wins). E-mail addresses are not links.
 */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  const taken = (start: number, end: number) => found.some((link) => start < link.end && end > link.start);
  for (const { pattern, kind } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end) || text[start - 1] === '@') continue;
      const host = kind.disguised ? match[1]!.replace(DISGUISED_DOT, '.') : match[1]!;
      if (kind.disguised && !ENDS_IN_BARE_TLD.test(host)) continue;
      found.push(linkOf(host, start, end, kind));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The website field's link, when it has a host. */
export function websiteLink(url: string | null): FoundLink | null {
  if (!url) return null;
  try {
    return linkOf(new URL(url).hostname, 0, 0, { bare: false, disguised: false });
  } catch {
    return null;
  }
}
