/**
 * The published posts as search documents. Pure: the caller passes the
 * posts as authors typed them, the authors' names and the build's clock.
 */
import { formatDate, isoDate } from '../formatDate.ts';
import { markdownBlocks, markdownHeadings } from '../markdownText.ts';
import type { PostSummary } from '../postTypes.ts';
import { publishedPosts } from '../publishedPosts.ts';
import { urls } from '../urls.ts';

/** A post as the content folder holds it: frontmatter (dates may still be strings) and MDX body. */
export interface RawPost {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** What the index knows about one article. */
export interface SearchDocument {
  id: string;
  url: string;
  title: string;
  lead: string;
  tags: string[];
  category: string;
  /** The author's name (not the id): readers search for "Hoffmann". */
  author: string;
  headings: string[];
  /** Body as plain text, headings included, one block (heading, paragraph, list item) per line. */
  body: string;
  pubDate: Date;
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/** The slice of a raw post that `publishedPosts` decides on, typed as the content layer would type it. */
function summaryOf(post: RawPost): PostSummary & { raw: RawPost } {
  const { data } = post;
  return {
    id: post.id,
    raw: post,
    data: {
      title: text(data.title),
      pubDate: new Date(text(data.pubDate)),
      category: text(data.category),
      tags: Array.isArray(data.tags) ? data.tags.map(text) : [],
      draft: data.draft === true,
      author: { id: text(data.author) },
    },
  };
}

/**
 * The posts readers may see, as search documents, newest first. Uses the
 * site's own rule (`publishedPosts`), so drafts and scheduled posts never
 * reach the index of a production build.
 */
export function searchDocuments(
  posts: readonly RawPost[],
  authorNames: ReadonlyMap<string, string>,
  options: { now: Date; includeUnpublished?: boolean },
): SearchDocument[] {
  return publishedPosts(posts.map(summaryOf), options).map(({ id, data, raw }) => ({
    id,
    url: urls.post(id),
    title: data.title,
    lead: text(raw.data.lead),
    tags: data.tags,
    category: data.category,
    author: authorNames.get(data.author.id) ?? data.author.id,
    headings: markdownHeadings(raw.body),
    body: markdownBlocks(raw.body).join('\n'),
    pubDate: data.pubDate,
  }));
}

/** The date of a document as the index files carry it. */
export function documentDates(document: SearchDocument): { date: string; dateLabel: string } {
  return { date: isoDate(document.pubDate), dateLabel: formatDate(document.pubDate) };
}
