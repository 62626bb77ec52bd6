/** Where an old comment belonged, as the export names it. */
export interface ArticleHints {
  /** The article's address in the old system (WordPress `<link>`, Disqus thread `<link>`). */
  url: string;
  /** WordPress' post_name, Disqus' thread identifier. */
  slugs: readonly string[];
}

const OUR_ARTICLE = /^\/artikel\/([^/]+)\/?$/;

/**
 * Our article for an old comment, or null: first an address of ours
 * (`<SITE_URL>/artikel/<slug>/`), then the slugs the export names, then the
 * last part of the old address (`https://alt.example/2019/05/<slug>/`,
 * `…/<slug>.html`). Only published posts count (`posts`, the comment service's
 * catalog); comparison ignores case and URL encoding. Pure.
 */
export function matchArticle(hints: ArticleHints, posts: ReadonlySet<string>, siteUrl: string): string | null {
  const url = parseUrl(hints.url);
  const candidates: string[] = [];
  if (url && url.origin === new URL(siteUrl).origin) {
    const ours = OUR_ARTICLE.exec(url.pathname);
    if (ours) candidates.push(ours[1]!);
  }
  candidates.push(...hints.slugs);
  if (url) {
    const last = url.pathname.split('/').filter(Boolean).pop();
    if (last) candidates.push(last.replace(/\.(html?|php)$/i, ''));
  }
  for (const candidate of candidates) {
    const slug = normaliseSlug(candidate);
    if (slug && posts.has(slug)) return slug;
  }
  return null;
}

function parseUrl(value: string): URL | null {
  try {
    return value.trim() ? new URL(value.trim()) : null;
  } catch {
    return null;
  }
}

function normaliseSlug(value: string): string {
  let decoded = value.trim();
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray "%" is just a character.
  }
  return decoded.normalize('NFC').toLowerCase();
}
