import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

type Node = { type: string; children?: Node[]; position?: { start: { line: number } }; [key: string]: unknown };

/** Where a Markdown/MDX text first differs from another in meaning; `line` is in the first text. */
export interface MarkdownDifference {
  type: string;
  line: number;
}

// Positions say where, not what; estree nodes of MDX expressions carry their own.
const LOCATION_KEYS = new Set(['position', 'loc', 'range', 'start', 'end', 'children']);

function parse(source: string): Node {
  return fromMarkdown(source, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  }) as Node;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => !LOCATION_KEYS.has(key));
  const keysB = Object.keys(b).filter((key) => !LOCATION_KEYS.has(key));
  return keysA.length === keysB.length && keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function firstDifferentNode(a: Node, b: Node | undefined): Node | undefined {
  if (!b || !sameValue(a, b)) return a;
  const childrenA = a.children ?? [];
  const childrenB = b.children ?? [];
  for (let i = 0; i < Math.max(childrenA.length, childrenB.length); i++) {
    const childA = childrenA[i];
    if (!childA) return a;
    const found = firstDifferentNode(childA, childrenB[i]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Compares two Markdown/MDX texts by their syntax trees (MDX with GitHub
 * extensions: tables, footnotes, task lists, strikethrough), so list markers,
 * escapes or blank lines do not count, a lost image or footnote does.
 * Returns the first node of `a` that `b` lacks or changes, or null when both
 * mean the same. Text that is not valid MDX differs from everything.
 */
export function markdownDifference(a: string, b: string): MarkdownDifference | null {
  let treeA: Node;
  try {
    treeA = parse(a);
  } catch (error) {
    const line = (error as { line?: number }).line ?? 1;
    return { type: 'invalid-mdx', line };
  }
  let treeB: Node | undefined;
  try {
    treeB = parse(b);
  } catch {
    treeB = undefined;
  }
  const node = firstDifferentNode(treeA, treeB);
  return node ? { type: node.type, line: node.position?.start.line ?? 1 } : null;
}

/**
 * The project's Markdown style for text the editor rewrote: "-" bullets and
 * rules, "*" emphasis, as in the sample articles and docs/content-model.md.
 */
export function houseStyleMarkdown(source: string): string {
  return toMarkdown(parse(source) as Parameters<typeof toMarkdown>[0], {
    bullet: '-',
    rule: '-',
    extensions: [mdxToMarkdown(), gfmToMarkdown()],
  });
}
