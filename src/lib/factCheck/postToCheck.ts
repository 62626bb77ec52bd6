import { markdownText } from '../markdownText.ts';
import { ownCounts } from '../headline/ownCounts.ts';

/** A post as the checklist sees it: typed leniently, because authors can type anything. */
export interface PostToCheck {
  id: string;
  file: string;
  title: string;
  lead: string;
  /** The article text without Markdown syntax. */
  bodyText: string;
  /** The body's paragraphs as plain text (for finding paragraphs recycled from other posts). */
  bodyParagraphs?: string[];
  /** How many sections and list items the body has (headline numbers that count them are no claims). */
  bodyCounts?: number[];
  /** `src` of every image in the body. */
  bodyImages: string[];
  tags: string[];
  category: string;
  author: string;
  draft: boolean;
  pubDate?: Date;
  updatedDate?: Date;
  hero?: Record<string, unknown>;
  factCheck?: Record<string, unknown>;
}

type Data = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : value == null ? '' : String(value));

/** A date from frontmatter (a Date or a YYYY-MM-DD string), or undefined. */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function imagesIn(body: string): string[] {
  const markdown = [...body.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!);
  const html = [...body.matchAll(/<(?:img|Image)\b[^>]*\bsrc=["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...markdown, ...html];
}

/** The checklist's view of a post from its raw frontmatter and body. */
export function postToCheck(entry: { id: string; file: string; data: Data; body: string }): PostToCheck {
  const { data } = entry;
  const object = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined);
  return {
    id: entry.id,
    file: entry.file,
    title: text(data.title),
    lead: text(data.lead),
    bodyText: markdownText(entry.body),
    bodyImages: imagesIn(entry.body),
    bodyCounts: ownCounts(entry.body),
    bodyParagraphs: entry.body.split(/\n\s*\n/).map(markdownText).filter(Boolean),
    tags: Array.isArray(data.tags) ? data.tags.map(text) : [],
    category: text(data.category),
    author: text(data.author),
    draft: data.draft === true,
    pubDate: toDate(data.pubDate),
    updatedDate: toDate(data.updatedDate),
    hero: object(data.hero),
    factCheck: object(data.factCheck),
  };
}
