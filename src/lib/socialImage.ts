import { urls } from './urls.ts';

/** Formats that Open Graph consumers (messengers, social networks) display. */
const SHAREABLE_FORMATS = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif']);

/**
 * Whether a post needs a generated card: it has no hero image, or one in a
 * format (such as SVG) that cannot be shared as is.
 */
export function needsGeneratedCard(heroFormat: string | undefined): boolean {
  return !heroFormat || !SHAREABLE_FORMATS.has(heroFormat.toLowerCase());
}

/** The image shown when an article is shared: its hero photo, or the generated card. */
export function socialImage(id: string, hero: { src: { src: string; format: string } } | undefined): string {
  return hero && !needsGeneratedCard(hero.src.format) ? hero.src.src : urls.ogImage(id);
}
