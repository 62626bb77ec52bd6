import { urls } from './urls.ts';

/** Formats that Open Graph consumers (messengers, social networks) display. */
const SHAREABLE_FORMATS = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif']);

interface HeroLike {
  src: { src: string; format: string };
}

/** Whether a post needs a generated card: it has no hero image that can be shared as is. */
export function needsGeneratedCard(hero: HeroLike | undefined): boolean {
  return !hero || !SHAREABLE_FORMATS.has(hero.src.format);
}

/** The image shown when an article is shared: its hero photo, or the generated card. */
export function socialImage(id: string, hero: HeroLike | undefined): string {
  return hero && !needsGeneratedCard(hero) ? hero.src.src : urls.ogImage(id);
}
