import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A link of a Markdown file: where it points, and the line it is on. */
export interface MarkdownLink {
  target: string;
  line: number;
}

/** The text without fenced code blocks and inline code, line breaks kept (so line numbers stay right). */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)[\s\S]*?\1/g, (span) => span.replace(/[^\n]/g, ' '));
}

/** Every inline link and image (`[text](target)`, `![alt](target)`) and every reference definition (`[id]: target`). */
export function linksOf(markdown: string): MarkdownLink[] {
  const text = withoutCode(markdown);
  const links: MarkdownLink[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[1], line: lineAt(match.index) });
  }
  for (const match of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    links.push({ target: match[1], line: lineAt(match.index) });
  }
  return links;
}

/** GitHub's anchor for a heading: markup dropped, lower case, punctuation removed, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a Markdown file offers: one per heading, repeated ones numbered as GitHub does (`-1`, `-2`). */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const code = /^(```|~~~)/;
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (code.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = headingSlug(heading[1]);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/**
 * The relative links of a Markdown file that lead nowhere: a file that does
 * not exist, or an `#anchor` that no heading of the Markdown file it points
 * to makes. Links to other sites (`https:`, `mailto:` …) are not checked.
 */
export function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const { target, line } of linksOf(readFileSync(file, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
    const [path, anchor] = target.split('#', 2) as [string, string | undefined];
    const destination = path === '' ? file : resolve(dirname(file), decodeURI(path));
    if (!existsSync(destination)) {
      broken.push(`${file}:${line}: ${target} (keine solche Datei)`);
    } else if (anchor && destination.endsWith('.md') && statSync(destination).isFile() && !anchorsOf(readFileSync(destination, 'utf8')).has(decodeURIComponent(anchor).toLowerCase())) {
      broken.push(`${file}:${line}: ${target} (keine solche Überschrift)`);
    }
  }
  return broken;
}
