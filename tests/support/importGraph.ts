import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** File types whose imports count: TypeScript and JavaScript modules and Astro components. */
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.js', '.mjs', '.astro']);

/** One import of a file: the specifier as written, and whether it is a static import or export (not `import()`). */
export interface ImportSpecifier {
  specifier: string;
  isStatic: boolean;
}

/**
 * The code of a file as a TypeScript scanner can read it. An `.astro` file is
 * its frontmatter plus the content of its `<script>` tags; the markup between
 * them holds no imports.
 */
function codeOf(source: string, fileName: string): string[] {
  if (!fileName.endsWith('.astro')) return [source];
  const parts: string[] = [];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (frontmatter) parts.push(frontmatter[1]);
  for (const script of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(script[1]);
  return parts;
}

/**
 * Every module a file imports: `import`, `import type`, `export … from`,
 * side-effect imports, `import('…')` calls and `import('…').T` types with a
 * literal, read from TypeScript's syntax tree (so an import inside a comment
 * or a string is not one).
 */
export function importsOf(source: string, fileName: string): ImportSpecifier[] {
  const found: ImportSpecifier[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, isStatic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, isStatic: true });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, isStatic: false });
    }
    ts.forEachChild(node, visit);
  };
  for (const code of codeOf(source, fileName)) {
    visit(ts.createSourceFile(fileName.replace(/\.astro$/, '.ts'), code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  }
  return found;
}

/** The file a relative specifier names (query like `?url` dropped, extension guessed as Vite would), or null for a package. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null;
  const bare = specifier.replace(/[?#].*$/, '');
  const base = specifier.startsWith('/') ? bare : resolve(dirname(fromFile), bare);
  const candidates = [base, ...['.ts', '.tsx', '.mjs', '.js', '.astro'].map((ext) => base + ext), join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? base;
}

/** Every source file under a folder, recursively. */
export function sourceFilesUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFilesUnder(path));
    else if (SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** Whether a path lies inside a folder. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/** Imports from files under `from` that reach into `forbidden`, as "file → specifier" lines. */
export function crossingImports(from: string, forbidden: string): string[] {
  const crossings: string[] = [];
  for (const file of sourceFilesUnder(from)) {
    for (const { specifier } of importsOf(readFileSync(file, 'utf8'), file)) {
      const target = resolveSpecifier(file, specifier);
      if (target && (isInside(target, forbidden) || target === forbidden)) crossings.push(`${relative(dirname(from), file)} → ${specifier}`);
    }
  }
  return crossings;
}

/** The static import graph of the files under a folder, limited to edges between those files. */
export function staticImportGraph(folder: string): Map<string, string[]> {
  const files = sourceFilesUnder(folder);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(readFileSync(file, 'utf8'), file)
      .filter((entry) => entry.isStatic)
      .map((entry) => resolveSpecifier(file, entry.specifier))
      .filter((target): target is string => target !== null && known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The first import cycle found by a depth-first search, as the list of its files (first file repeated at the end), or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return null;
}
