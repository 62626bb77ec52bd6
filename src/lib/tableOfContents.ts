export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Articles with fewer `##` sections than this read fine without a table of contents. */
export const MIN_SECTIONS_FOR_TOC = 4;

/**
 * A two-level table of contents (`##` and `###`) from a rendered article's
 * headings, or null when the article is too short to need one.
 */
export function tableOfContents(headings: readonly Heading[], minSections = MIN_SECTIONS_FOR_TOC): TocEntry[] | null {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && toc.length > 0) toc[toc.length - 1]!.children.push({ slug: heading.slug, text: heading.text });
  }
  return toc.length >= minSections ? toc : null;
}
