import type { Kysely, Selectable } from 'kysely';
import type { Database, SubscriptionsTable } from '../db/schema.ts';

export type SubscriptionRow = Selectable<SubscriptionsTable>;

/** The address's subscription to every new comment on `post`, confirmed or not. */
export function findArticleSubscription(db: Kysely<Database>, post: string, email: string): Promise<SubscriptionRow | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('post_slug', '=', post).where('email', '=', email).where('comment_id', 'is', null).executeTakeFirst();
}

/**
 * The address's subscription to every new comment on `post`: the existing one,
 * or a new unconfirmed one. A unique index makes two requests at the same
 * moment end with one row.
 */
export async function ensureArticleSubscription(db: Kysely<Database>, subscription: { id: string; post: string; email: string }, now: Date): Promise<SubscriptionRow> {
  const existing = await findArticleSubscription(db, subscription.post, subscription.email);
  if (existing) return existing;
  await db
    .insertInto('subscriptions')
    .values({ id: subscription.id, email: subscription.email, post_slug: subscription.post, comment_id: null, confirmed_at: null, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['post_slug', 'email']).where('comment_id', 'is', null).doNothing())
    .execute();
  return (await findArticleSubscription(db, subscription.post, subscription.email))!;
}

/** When the newest confirmation link for a subscription was issued, if ever. */
export async function lastConfirmationIssuedAt(db: Kysely<Database>, subscriptionId: string): Promise<string | undefined> {
  const row = await db.selectFrom('one_time_tokens').select('created_at').where('purpose', '=', 'subscribe').where('subject', '=', subscriptionId).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return row?.created_at;
}

/**
 * Marks a published comment as announced to its subscribers; true only for
 * the first caller, ever, so no comment is announced twice (approve → reject
 * → approve, two moderators at once).
 */
export async function claimCommentNotification(db: Kysely<Database>, commentId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('comments')
    .set({ notified_at: now.toISOString() })
    .where('id', '=', commentId)
    .where('status', '=', 'approved')
    .where('notified_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Confirmed subscriptions that may hear of a new comment on `post`: the whole article's, and replies to `parentId`. */
export function confirmedSubscriptionsFor(db: Kysely<Database>, post: string, parentId: string | null): Promise<SubscriptionRow[]> {
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('post_slug', '=', post)
    .where('confirmed_at', 'is not', null)
    .where((eb) => (parentId ? eb.or([eb('comment_id', 'is', null), eb('comment_id', '=', parentId)]) : eb('comment_id', 'is', null)))
    .orderBy('created_at')
    .execute();
}

/** The subscriptions with these ids (those that still exist). */
export function subscriptionsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<SubscriptionRow[]> {
  return ids.length === 0 ? Promise.resolve([]) : db.selectFrom('subscriptions').selectAll().where('id', 'in', ids).execute();
}
