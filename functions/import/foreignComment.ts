/** Where an imported comment came from. */
export type ForeignSource = 'wordpress' | 'disqus';

export const FOREIGN_SOURCES: readonly ForeignSource[] = ['wordpress', 'disqus'];

/**
 * A comment's state as the source system kept it: `deleted` covers
 * WordPress' trash and Disqus' isDeleted; `not-a-comment` is a pingback,
 * trackback or any other WordPress comment type.
 */
export type ForeignState = 'approved' | 'pending' | 'spam' | 'deleted' | 'not-a-comment';

/** One comment of a foreign export, read but not yet checked or converted. */
export interface ForeignComment {
  /** Unique within the source: WordPress' site and comment id, Disqus' dsq:id; empty when the export has none. */
  sourceId: string;
  /** The id as the export shows it, for the report. */
  displayId: string;
  parentSourceId: string | null;
  /** The article's address in the old system. */
  articleUrl: string;
  /** Other names of the article: WordPress' post_name, Disqus' thread identifier. */
  articleSlugs: string[];
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  /** The text as the source stored it: HTML (or WordPress' text with line breaks). */
  html: string;
  /** ISO 8601 in UTC; null when the export's date cannot be read. */
  createdAt: string | null;
  state: ForeignState;
}

/** A whole export, in the order of the file. */
export interface ForeignExport {
  source: ForeignSource;
  comments: ForeignComment[];
}
