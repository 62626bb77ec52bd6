import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of one file as stored and as sent compressed. */
export interface FileWeight {
  /** Site path, e.g. "/_astro/BaseLayout.abc.css". */
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** A page and the CSS and JavaScript it loads, each compressed on its own as a server would send it. */
export interface PageWeight {
  files: FileWeight[];
  raw: number;
  gzip: number;
  brotli: number;
  /** Fonts that the CSS references (reported, not counted: "without images" and fonts). */
  fonts: FileWeight[];
}

const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attribute(tag: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const isLocal = (url: string) => url.startsWith('/') && !url.startsWith('//');
const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/**
 * The same-site CSS and JavaScript files a page's HTML loads: stylesheets,
 * module preloads and external scripts, in document order, without duplicates.
 */
export function referencedAssets(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    let url: string | undefined;
    if (/^<script/i.test(tag)) {
      url = attribute(tag, 'src');
    } else {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const as = (attribute(tag, 'as') ?? '').toLowerCase();
      const loadsCode = rel.includes('stylesheet') || rel.includes('modulepreload') || (rel.includes('preload') && (as === 'style' || as === 'script'));
      if (loadsCode) url = attribute(tag, 'href');
    }
    if (url && isLocal(url)) found.push(withoutQuery(url));
  }
  return [...new Set(found)];
}

/** Same-site `url(...)` references in CSS that point to fonts. */
export function referencedFonts(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => withoutQuery(match[1]!));
  return [...new Set(urls.filter((url) => isLocal(url) && /\.(woff2?|ttf|otf)$/i.test(url)))];
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of one file's bytes. */
export function weigh(path: string, bytes: Uint8Array): FileWeight {
  return {
    path,
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

const sum = (files: readonly FileWeight[], key: 'raw' | 'gzip' | 'brotli') => files.reduce((total, file) => total + file[key], 0);

/** Weighs the page at `pagePath` (e.g. "/artikel/x/") in a built site with what it loads. */
export async function pageWeight(distDir: string, pagePath: string): Promise<PageWeight> {
  const htmlPath = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  const html = await readFile(join(distDir, htmlPath));
  const files = [weigh(htmlPath, html)];
  const fontPaths = new Set<string>();
  for (const asset of referencedAssets(html.toString('utf8'))) {
    const bytes = await readFile(join(distDir, asset));
    files.push(weigh(asset, bytes));
    if (asset.endsWith('.css')) referencedFonts(bytes.toString('utf8')).forEach((font) => fontPaths.add(font));
  }
  const fonts = await Promise.all([...fontPaths].map(async (font) => weigh(font, await readFile(join(distDir, font)))));
  return { files, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli'), fonts };
}
