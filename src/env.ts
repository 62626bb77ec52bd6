/**
 * Build-time settings read from the environment. Pure: callers pass the
 * environment in, so tests can build the site from any corpus.
 */
type Env = Record<string, string | undefined>;

/** Without SITE_URL: the address `npm start` serves on, its PORT (default 4321) on localhost. */
function defaultSiteUrl(env: Env): string {
  const port = Number(env.PORT?.trim() || 4321);
  return `http://localhost:${Number.isInteger(port) && port > 0 && port <= 65535 ? port : 4321}`;
}

/** The public origin used for canonical URLs, RSS, the sitemap and links in mails. */
export function siteUrl(env: Env): string {
  const raw = env.SITE_URL?.trim() || defaultSiteUrl(env);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL ist keine gültige URL: "${raw}". Beispiel: https://klartext.example`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL muss mit http:// oder https:// beginnen: "${raw}"`);
  }
  return url.origin;
}

/** The folder with posts/, authors/ and pages/ (default: ./content). */
export function contentDir(env: Env): string {
  return (env.KLARTEXT_CONTENT_DIR?.trim() || './content').replace(/\/+$/, '');
}
