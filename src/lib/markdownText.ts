/**
 * The readable text of a Markdown/MDX body, without syntax: used for word
 * counts, reading time and excerpts. Not a renderer: it only has to be good
 * enough that words are counted as a reader would count them.
 */
export function markdownText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/```[\s\S]*?```/g, ' ') // fenced code
    .replace(/^(import|export)\s.*$/gm, ' ') // MDX module lines
    .replace(/<[^>]+>/g, ' ') // tags and components
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep link text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '') // block markers
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([\s\S]*?\S)\1/g, '$2') // emphasis
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words in a text, counted by runs of letters or digits (German compounds count once). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** The text of the `##`–`####` headings of a Markdown/MDX body, in order, without inline syntax. */
export function markdownHeadings(source: string): string[] {
  const withoutCode = source.replace(/```[\s\S]*?```/g, ' ');
  return [...withoutCode.matchAll(/^\s{0,3}#{2,4}\s+(.+?)\s*#*\s*$/gm)].map((match) => markdownText(match[1]!)).filter(Boolean);
}

/** The blocks of a Markdown/MDX body (paragraphs, headings, list items), each as plain text. */
export function markdownBlocks(source: string): string[] {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    // blank lines; before a heading or list item; after a heading
    .split(/\n\s*\n|\n(?=\s{0,3}(?:#{1,6}|[-*+]|\d+\.)\s)|(?<=^\s{0,3}#{1,6}\s[^\n]*)\n/m)
    .map(markdownText)
    .filter(Boolean);
}
