/**
 * The slice of a post that the pure modules need. Astro's collection entries
 * fit it, and tests can build it by hand.
 */
export interface PostSummary {
  id: string;
  data: {
    title: string;
    pubDate: Date;
    updatedDate?: Date;
    category: string;
    tags: string[];
    draft: boolean;
    author: { id: string };
  };
}
