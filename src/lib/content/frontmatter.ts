import { parse } from 'yaml';

/**
 * The frontmatter of a Markdown/MDX file as plain data. Dates stay strings
 * (YAML 1.2 core schema), so a check can see exactly what the author typed:
 * YAML 1.1 parsers turn "2026-02-30" silently into 2 March.
 */
export function readFrontmatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return {};
  const data: unknown = parse(match[1]!, { schema: 'core' });
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
