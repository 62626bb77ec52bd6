import { foldGerman } from './germanWords.ts';
import type { SuggestedTag } from './indexFormat.ts';

/**
 * Tags to offer when a search found nothing: tags that contain a word of the
 * query (or its start) first, then the most used ones.
 *
 * @example suggestTags(tags, ['daten']) // DSGVO … with "Kinderdaten" first
 */
export function suggestTags(tags: readonly SuggestedTag[], foldedWords: readonly string[], max = 6): SuggestedTag[] {
  // The start of each word: "Datenlecks" relates to "Kinderdaten" and "Datenschutz".
  const stems = foldedWords.filter((word) => word.length >= 3).map((word) => word.slice(0, 5));
  const related = (tag: SuggestedTag) => {
    const name = foldGerman(tag.name);
    return stems.some((stem) => name.includes(stem));
  };
  return [...tags.filter(related), ...tags.filter((tag) => !related(tag))].slice(0, max);
}
