import type { Kysely } from 'kysely';
import * as z from 'zod';
import { strings } from '../../src/strings.ts';
import type { CommentRow, Database } from '../db/schema.ts';

/** Marks a file as ours, so `npm run import` refuses anything else. */
export const BACKUP_FORMAT = 'klartext-comments';
export const BACKUP_VERSION = 1;

const text = z.string();
const nullableText = z.string().nullable();
const rowSchema = z.object({
  id: text,
  post_slug: text,
  parent_id: nullableText,
  author_name: text,
  author_email: text,
  author_url: nullableText,
  body_source: text,
  body_html: text,
  status: z.enum(['pending', 'approved', 'rejected', 'spam']),
  spam_reasons: text,
  notify: z.number().int(),
  ip_hash: nullableText,
  user_agent: nullableText,
  fingerprint: text,
  reject_reason: nullableText,
  deleted_at: nullableText,
  // Files written before subscribers were tracked per comment lack it (see importComments).
  notified_at: nullableText.optional(),
  // Files written before readers could edit their comments (issue 15) lack it.
  edited_at: nullableText.optional(),
  created_at: text,
  updated_at: text,
});

const sourceSchema = z.object({
  source: z.enum(['wordpress', 'disqus']),
  source_id: text,
  comment_id: text,
  imported_at: text,
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: text,
  comments: z.array(rowSchema),
  // Which comments came from WordPress or Disqus, so importing those exports again after a restore adds nothing.
  // Files written before imports existed have none.
  sources: z.array(sourceSchema).default([]),
});

export type CommentsBackup = z.infer<typeof backupSchema>;

/** Every comment, all columns, oldest first, and the source ids of imported ones: a faithful backup on either database. */
export async function exportComments(db: Kysely<Database>, now: Date): Promise<CommentsBackup> {
  const rows = await db.selectFrom('comments').selectAll().orderBy('created_at').orderBy('id').execute();
  const sources = await db.selectFrom('comment_sources').selectAll().orderBy('source').orderBy('source_id').execute();
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), comments: rows.map((row) => ({ ...row, notify: Number(row.notify) })), sources };
}

/** Checks a parsed backup file; the error names the first wrong field. */
export function parseBackup(data: unknown): CommentsBackup {
  const result = backupSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(strings.commentImport.backupInvalid(issue.path.join('.') || '(Datei)', issue.message));
  }
  return result.data;
}

/**
 * Restores a backup into a database without comments, in one transaction:
 * parents before replies (the foreign key), all or nothing.
 */
export async function importComments(db: Kysely<Database>, backup: CommentsBackup): Promise<number> {
  const existing = await db.selectFrom('comments').select('id').limit(1).executeTakeFirst();
  if (existing) throw new Error(strings.commentImport.backupNotEmpty);
  // A published comment was announced already (files from before `notified_at` lack it): no subscriber hears of it again.
  // The spam filter's assessment is not part of a backup: restored comments teach the filter at the next start instead.
  const ordered = parentsFirst(backup.comments.map((row) => ({ ...row, edited_at: row.edited_at ?? null, notified_at: row.notified_at ?? (row.status === 'approved' ? row.updated_at : null), spam_assessment: null })));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ordered.length; i += 100) await trx.insertInto('comments').values(ordered.slice(i, i + 100)).execute();
    for (let i = 0; i < backup.sources.length; i += 100) await trx.insertInto('comment_sources').values(backup.sources.slice(i, i + 100)).execute();
  });
  return ordered.length;
}

/** Comments ordered so each parent comes before its replies; a reply whose parent is missing loses the link. Pure. */
export function parentsFirst(rows: CommentRow[]): CommentRow[] {
  const ids = new Set(rows.map((row) => row.id));
  const placed = new Set<string>();
  const result: CommentRow[] = [];
  let pending = rows.map((row) => (row.parent_id && !ids.has(row.parent_id) ? { ...row, parent_id: null } : row));
  while (pending.length > 0) {
    const next = pending.filter((row) => !row.parent_id || placed.has(row.parent_id));
    // A cycle (only in a hand-edited file) would never resolve: break it by dropping those parent links.
    const batch = next.length > 0 ? next : pending.map((row) => ({ ...row, parent_id: null }));
    for (const row of batch) {
      result.push(row);
      placed.add(row.id);
    }
    pending = pending.filter((row) => !placed.has(row.id));
  }
  return result;
}
