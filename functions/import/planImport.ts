import * as z from 'zod';
import { renderCommentBody } from '../comments/renderBody.ts';
import { LIMITS, normaliseUrl } from '../comments/submissionSchema.ts';
import { characterCount, cleanBody, cleanLine } from '../comments/text.ts';
import type { CommentStatus, NewCommentRow } from '../db/schema.ts';
import type { ForeignComment, ForeignExport, ForeignSource } from './foreignComment.ts';
import { htmlToCommentSource } from './htmlToSource.ts';
import { matchArticle } from './matchArticle.ts';

/** Why a comment of the export is not brought over. */
export type SkipReason = 'deleted' | 'not-a-comment' | 'unknown-article' | 'empty' | 'invalid-date' | 'no-id' | 'duplicate-id';

export const SKIP_REASONS: readonly SkipReason[] = ['deleted', 'not-a-comment', 'unknown-article', 'empty', 'invalid-date', 'no-id', 'duplicate-id'];

/** Reasons worth a line per comment in the report; the others are only counted. */
export const LISTED_REASONS: ReadonlySet<SkipReason> = new Set(['unknown-article', 'empty', 'invalid-date', 'no-id', 'duplicate-id']);

export interface SkippedComment {
  comment: ForeignComment;
  reason: SkipReason;
}

/** A comment ready to be stored, still without its id and parent. */
export interface ImportCandidate {
  comment: ForeignComment;
  row: Omit<NewCommentRow, 'id' | 'parent_id'> & { status: CommentStatus; fingerprint: string; post_slug: string };
}

export interface PreparedImport {
  source: ForeignSource;
  candidates: ImportCandidate[];
  skipped: SkippedComment[];
  /** The parent of every comment in the file (skipped ones too), to find the nearest ancestor that stays. */
  parents: ReadonlyMap<string, string | null>;
}

export interface PrepareContext {
  /** Ids of the published posts (the comment service's catalog). */
  posts: ReadonlySet<string>;
  siteUrl: string;
  now: Date;
  /** The same keyed hash submitComment stores: post, e-mail and text. */
  fingerprint: (post: string, email: string, body: string) => string;
}

const STATUS: Record<'approved' | 'pending' | 'spam', CommentStatus> = { approved: 'approved', pending: 'pending', spam: 'spam' };
const emailShape = z.email();

/**
 * Checks and converts every comment of an export: trash and deleted
 * comments, pingbacks and trackbacks, comments on articles we do not have and
 * comments without text or date are skipped with their reason; the rest
 * become rows as a reader's comment would (text through our Markdown
 * pipeline, no IP address, no user agent, no notifications). Pure.
 */
export function prepareImport(data: ForeignExport, context: PrepareContext, anonymous: string): PreparedImport {
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedComment[] = [];
  const parents = new Map<string, string | null>();
  const seen = new Set<string>();
  const stamp = context.now.toISOString();
  const skip = (comment: ForeignComment, reason: SkipReason) => skipped.push({ comment, reason });
  for (const comment of data.comments) {
    if (!comment.sourceId) {
      skip(comment, 'no-id');
      continue;
    }
    if (seen.has(comment.sourceId)) {
      skip(comment, 'duplicate-id');
      continue;
    }
    seen.add(comment.sourceId);
    parents.set(comment.sourceId, comment.parentSourceId);
    if (comment.state === 'deleted' || comment.state === 'not-a-comment') {
      skip(comment, comment.state);
      continue;
    }
    const post = matchArticle({ url: comment.articleUrl, slugs: comment.articleSlugs }, context.posts, context.siteUrl);
    if (!post) {
      skip(comment, 'unknown-article');
      continue;
    }
    if (!comment.createdAt) {
      skip(comment, 'invalid-date');
      continue;
    }
    const body = cleanBody(htmlToCommentSource(comment.html));
    if (body === 'control-characters' || body === '') {
      skip(comment, 'empty');
      continue;
    }
    const email = importedEmail(comment.authorEmail);
    candidates.push({
      comment,
      row: {
        post_slug: post,
        author_name: importedName(comment.authorName) || anonymous,
        author_email: email,
        author_url: importedUrl(comment.authorUrl),
        body_source: body,
        body_html: renderCommentBody(body),
        status: STATUS[comment.state],
        // Where a waiting or spam comment came from, for the moderators' queue.
        spam_reasons: JSON.stringify(comment.state === 'approved' ? [] : [`import-${data.source}`]),
        notify: 0,
        ip_hash: null,
        user_agent: null,
        fingerprint: context.fingerprint(post, email, body),
        created_at: comment.createdAt,
        updated_at: stamp,
        // Published on the old blog already: a later re-approval mails no subscriber about it.
        notified_at: comment.state === 'approved' ? stamp : null,
      },
    });
  }
  return { source: data.source, candidates, skipped, parents };
}

/**
 * A name as one clean line: control characters (a CR or LF would become a
 * header in a later e-mail) and bidirectional overrides turn into spaces,
 * runs of spaces into one, cut to our length limit. Empty when nothing is left.
 */
export function importedName(value: string): string {
  const line = value
    .toWellFormed()
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .normalize('NFC')
    .trim();
  const cut = characterCount(line) > LIMITS.name ? [...line].slice(0, LIMITS.name).join('').trim() : line;
  const clean = cleanLine(cut);
  return clean === 'control-characters' ? '' : clean;
}

/** A valid address, lower-cased, or empty (Disqus guests often have none). */
export function importedEmail(value: string): string {
  const line = cleanLine(value);
  if (line === 'control-characters' || characterCount(line) > LIMITS.email || !emailShape.safeParse(line).success) return '';
  return line.toLowerCase();
}

/** An http(s) website as a reader's form would accept it, or null. */
export function importedUrl(value: string): string | null {
  const line = cleanLine(value);
  if (line === 'control-characters' || line === '') return null;
  const url = normaliseUrl(line);
  return url && characterCount(url) <= LIMITS.url ? url : null;
}

/** What the database already holds for an export. */
export interface ExistingComments {
  /** Source ids imported before, with the comment they became (null when it has been deleted since). */
  bySource: ReadonlyMap<string, string | null>;
  /** Stored comments' fingerprints, with their ids. */
  byFingerprint: ReadonlyMap<string, string>;
}

export interface PresentComment {
  comment: ForeignComment;
  /** `source`: imported before; `same-text`: the same post, e-mail and text is stored (posted here, or from another export). */
  why: 'source' | 'same-text';
}

export interface ImportPlan {
  source: ForeignSource;
  /** Rows to insert, each parent before its replies. */
  insert: NewCommentRow[];
  /** Source ids to remember, so a second import of the file adds nothing. */
  remember: { source_id: string; comment_id: string }[];
  present: PresentComment[];
  skipped: SkippedComment[];
}

/**
 * Decides what is new, links replies and orders the rows. A comment known
 * by its source id, or whose post, e-mail and text are already stored, is
 * "present" (never a second copy; a comment deleted here since stays
 * deleted). A reply's parent is the new or stored comment its parent became;
 * if the parent was skipped, the nearest ancestor that was not, else none.
 * Pure: ids come from `newId`.
 */
export function planImport(prepared: PreparedImport, existing: ExistingComments, newId: () => string): ImportPlan {
  const resolved = new Map<string, string | null>(existing.bySource);
  const fingerprints = new Map(existing.byFingerprint);
  const present: PresentComment[] = [];
  const remember: ImportPlan['remember'] = [];
  const fresh: { candidate: ImportCandidate; id: string }[] = [];
  for (const candidate of prepared.candidates) {
    const { sourceId } = candidate.comment;
    if (existing.bySource.has(sourceId)) {
      present.push({ comment: candidate.comment, why: 'source' });
      continue;
    }
    const same = fingerprints.get(candidate.row.fingerprint);
    if (same) {
      present.push({ comment: candidate.comment, why: 'same-text' });
      resolved.set(sourceId, same);
      remember.push({ source_id: sourceId, comment_id: same });
      continue;
    }
    const id = newId();
    fingerprints.set(candidate.row.fingerprint, id);
    resolved.set(sourceId, id);
    remember.push({ source_id: sourceId, comment_id: id });
    fresh.push({ candidate, id });
  }
  const parentOf = (sourceId: string): string | null => {
    const visited = new Set([sourceId]);
    let current = prepared.parents.get(sourceId) ?? null;
    while (current && !visited.has(current)) {
      visited.add(current);
      const id = resolved.get(current);
      if (id) return id;
      current = prepared.parents.get(current) ?? null;
    }
    return null;
  };
  const rows: NewCommentRow[] = fresh.map(({ candidate, id }) => ({ ...candidate.row, id, parent_id: parentOf(candidate.comment.sourceId) }));
  return { source: prepared.source, insert: parentsFirst(rows), remember, present, skipped: prepared.skipped };
}

/** Rows in an order the foreign key accepts: a parent (if it is new too) before its replies; a cycle loses its closing link. */
function parentsFirst(rows: NewCommentRow[]): NewCommentRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const done = new Set<string>();
  const open = new Set<string>();
  const ordered: NewCommentRow[] = [];
  const place = (row: NewCommentRow) => {
    if (done.has(row.id)) return;
    open.add(row.id);
    const parent = row.parent_id ? byId.get(row.parent_id) : undefined;
    if (parent && open.has(parent.id)) row = { ...row, parent_id: null };
    else if (parent) place(parent);
    open.delete(row.id);
    done.add(row.id);
    ordered.push(row);
  };
  // Oldest first, so each thread reads in order even where the file does not.
  for (const row of [...rows].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))) place(row);
  return ordered;
}
