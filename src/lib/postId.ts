/**
 * The id (and URL slug) of a post is its file name without the year folder
 * and extension: `2025/kinderdaten.mdx` → `kinderdaten`.
 */
export function postIdFromPath(entry: string): string {
  const fileName = entry.split('/').pop() ?? entry;
  return fileName.replace(/\.mdx?$/, '');
}
