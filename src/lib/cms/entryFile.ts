import { load } from 'js-yaml';
import { houseStyleMarkdown, markdownDifference } from './markdownTree.ts';
import { mergeFrontmatter, mergeJson, type ObjectInfo } from './mergeFrontmatter.ts';
import { strings } from '../../strings.ts';

// Keystatic's own split (it writes `---\n<yaml>---\n<body>`).
const WRITTEN = /^---(?:\r?\n([\s\S]*?))?\r?\n---\r?\n?/;
const STORED = /^(---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

type Data = Record<string, unknown>;

/** Body text the editor rewrote, in the project's Markdown style when that changes nothing but style. */
function styledBody(body: string): string {
  const styled = houseStyleMarkdown(body);
  return markdownDifference(body, styled) === null ? styled : body;
}

/**
 * The file to store when the editor saves an MDX entry: `written` is what
 * Keystatic produced, `previous` the file on disk (absent for a new entry).
 * Frontmatter is merged (see mergeFrontmatter); a body whose syntax tree did
 * not change keeps its bytes. So saving without changes leaves the file as it
 * was, and a change touches only the lines it is about.
 */
export function mdxEntryText(previous: string | undefined, written: string, info: ObjectInfo): string {
  const match = WRITTEN.exec(written);
  const next = (match?.[1] ? load(match[1]) : {}) as Data;
  const nextBody = written.slice(match?.[0].length ?? 0);
  const stored = previous === undefined ? null : STORED.exec(previous);
  if (previous !== undefined && !stored) throw new Error(strings.cms.save.noFrontmatter);
  const storedBody = stored ? previous!.slice(stored[0].length) : undefined;
  const yaml = mergeFrontmatter(stored ? (stored[2] ?? '') : undefined, next, info);
  const body = storedBody !== undefined && markdownDifference(storedBody, nextBody) === null ? storedBody : `\n${styledBody(nextBody)}`;
  return `${stored?.[1] ?? '---\n'}${yaml}${stored?.[3] ?? '---\n'}${body}`;
}

/** The file to store when the editor saves a JSON entry (an author). */
export function jsonEntryText(previous: string | undefined, written: string, info: ObjectInfo): string {
  return mergeJson(previous, JSON.parse(written) as Data, info);
}
