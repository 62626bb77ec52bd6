import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { strings } from '../../src/strings.ts';
import { CATALOG_FILE, parseCatalog } from '../comments/postCatalog.ts';
import { commentFingerprint, newCommentId } from '../comments/submitComment.ts';
import type { Database } from '../db/schema.ts';
import { parseDisqusExport, NotDisqusExport } from './disqusExport.ts';
import { ExportXmlError, MAX_EXPORT_BYTES } from './exportXml.ts';
import type { ForeignExport, ForeignSource } from './foreignComment.ts';
import { applyImport, findExisting } from './importQueries.ts';
import { planImport, prepareImport, type ImportPlan } from './planImport.ts';
import { NotWordpressExport, parseWordpressExport } from './wordpressExport.ts';

const t = strings.commentImport;

/** Reads an export file, refusing one over MAX_EXPORT_BYTES before it is loaded. */
export async function readExportFile(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new Error(t.unreadable(file, (error as Error).message));
  }
  if (size > MAX_EXPORT_BYTES) throw new Error(t.tooLarge(file, MAX_EXPORT_BYTES / 1024 / 1024));
  return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
}

/** Parses an export of the given kind; every failure is a German message naming the file. */
export function parseForeignExport(source: ForeignSource, file: string, xml: string): ForeignExport {
  try {
    return source === 'wordpress' ? parseWordpressExport(xml) : parseDisqusExport(xml);
  } catch (error) {
    if (error instanceof ExportXmlError) throw new Error(error.kind === 'doctype' ? t.doctype(file) : t.notXml(file, error.line, error.message));
    if (error instanceof NotWordpressExport) throw new Error(t.notWordpress(file));
    if (error instanceof NotDisqusExport) throw new Error(t.notDisqus(file));
    throw error;
  }
}

/** The ids of the published posts, from the catalog the build writes for the comment service (`<siteDir>/comment-posts.json`). */
export async function readPublishedPostIds(siteDir: string): Promise<Set<string>> {
  const path = join(siteDir, CATALOG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(t.catalogMissing(path));
  }
  return new Set(parseCatalog(text).keys());
}

export interface ForeignImportOptions {
  posts: ReadonlySet<string>;
  siteUrl: string;
  secret: string;
  now: Date;
  /** Plan and report only; nothing is written. */
  dryRun: boolean;
}

/**
 * Brings a parsed export into the database: converts and checks each
 * comment, looks up what is there already, and stores the rest in one
 * transaction. Returns the plan, which the report is made from.
 */
export async function importForeignExport(db: Kysely<Database>, data: ForeignExport, options: ForeignImportOptions): Promise<ImportPlan> {
  const fingerprint = (post: string, email: string, body: string) => commentFingerprint(options.secret, post, email, body);
  const prepared = prepareImport(data, { posts: options.posts, siteUrl: options.siteUrl, now: options.now, fingerprint }, t.anonymous);
  const existing = await findExisting(
    db,
    data.source,
    [...prepared.parents.keys()],
    prepared.candidates.map((candidate) => candidate.row.fingerprint),
  );
  const plan = planImport(prepared, existing, newCommentId);
  if (!options.dryRun) {
    try {
      await applyImport(db, plan, options.now);
    } catch (error) {
      throw new Error(t.writeFailed((error as Error).message));
    }
  }
  return plan;
}
