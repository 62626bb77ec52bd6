import type { Kysely } from 'kysely';
import type { CommentRow, CommentStatus, Database } from '../db/schema.ts';
import { extractFeatures, type FilterInput } from './features.ts';
import { applyTraining, findTraining, findUnlearnedDecisions } from './filterQueries.ts';
import type { Assessment } from './localFilter.ts';

/** What a comment's status teaches the filter: published → ham, spam → spam; waiting and rejected (off-topic, rude: not spam) nothing. */
export function labelFor(status: CommentStatus): 'spam' | 'ham' | null {
  return status === 'approved' ? 'ham' : status === 'spam' ? 'spam' : null;
}

type LearnableRow = Pick<CommentRow, 'id' | 'status' | 'author_name' | 'author_url' | 'body_source' | 'spam_assessment'>;

/** The filter's input for a stored comment; the form's age comes from the assessment made at submission. */
export function filterInputOf(row: LearnableRow): FilterInput {
  const assessment = row.spam_assessment ? (JSON.parse(row.spam_assessment) as Partial<Assessment>) : null;
  return { name: row.author_name, url: row.author_url, body: row.body_source, formAgeMs: assessment?.formAgeMs ?? null };
}

/**
 * Teaches the filter what a comment's current status says about it, taking
 * back what an earlier decision on it taught. Called after every moderator
 * decision and edit; true when the model changed.
 */
export async function learnFromComment(db: Kysely<Database>, row: LearnableRow, now: Date): Promise<boolean> {
  const label = labelFor(row.status);
  return applyTraining(db, { commentId: row.id, next: label ? { label, features: extractFeatures(filterInputOf(row)).all } : null, now });
}

/**
 * Before a comment is deleted: what it taught as ham is taken back, so a
 * reader's deleted words do not stay in the model. What spam taught stays
 * (as counts without the comment), or deleting the spam folder would unlearn it.
 */
export async function forgetDeletedComment(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  if ((await findTraining(db, id))?.label === 'ham') await applyTraining(db, { commentId: id, next: null, now });
}

/**
 * Cold start and catching up: learns from every published or spam comment the
 * filter has neither judged nor learned from (comments from before the
 * filter, `npm run import` from WordPress or Disqus). Runs at every start;
 * returns how many it learned from.
 */
export async function learnBacklog(db: Kysely<Database>, now: Date, batch = 200): Promise<number> {
  let learned = 0;
  for (;;) {
    const rows = await findUnlearnedDecisions(db, batch);
    for (const row of rows) if (await learnFromComment(db, row, now)) learned++;
    if (rows.length < batch) return learned;
  }
}
