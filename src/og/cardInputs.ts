import type { OgCardInput } from '../lib/ogCard.ts';
import { formatDate } from '../lib/formatDate.ts';
import { needsGeneratedCard } from '../lib/socialImage.ts';
import { strings } from '../strings.ts';

export interface CardJob {
  /** File name under /og/ without ".png": a post id, or "default" for the site card. */
  id: string;
  input: OgCardInput;
}

interface RawPost {
  id: string;
  data: Record<string, unknown>;
}

/** The card of pages that are not articles. */
export const SITE_CARD: CardJob = {
  id: 'default',
  input: {
    title: strings.site.tagline,
    category: 'Blog',
    author: strings.site.name,
    date: '',
    siteName: strings.site.name,
    footer: strings.ogImage.footer,
  },
};

function heroFormat(data: Record<string, unknown>): string | undefined {
  const hero = data.hero as { src?: unknown } | undefined;
  return typeof hero?.src === 'string' ? hero.src.split('.').pop() : undefined;
}

/**
 * The Open Graph cards a build must render, from the posts as authors typed
 * them: one per published post without a shareable hero image, plus the
 * site card. Drafts and scheduled posts get none.
 */
export function cardJobs(posts: readonly RawPost[], authorNames: ReadonlyMap<string, string>, now: Date): CardJob[] {
  const jobs = posts
    .filter(({ data }) => data.draft !== true && new Date(String(data.pubDate)).getTime() <= now.getTime())
    .filter(({ data }) => needsGeneratedCard(heroFormat(data)))
    .map(({ id, data }) => ({
      id,
      input: {
        title: String(data.title),
        category: String(data.category),
        author: authorNames.get(String(data.author)) ?? String(data.author),
        date: formatDate(new Date(String(data.pubDate))),
        siteName: strings.site.name,
        footer: strings.ogImage.footer,
      },
    }));
  return [...jobs, SITE_CARD];
}
