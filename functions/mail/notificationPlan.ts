/** A confirmed subscription, as far as planning needs it. */
export interface PlannedSubscription {
  id: string;
  email: string;
  /** The comment whose replies are wanted; null for every new comment on the article. */
  comment_id: string | null;
}

/** One mail about a newly published comment. */
export interface PlannedNotification {
  email: string;
  /** `reply` when the comment answers the reader's own comment (the more specific news), else `article`. */
  kind: 'reply' | 'article';
  /** Every subscription this mail stands for: its unsubscribe link ends all of them. */
  subscriptionIds: string[];
}

/**
 * Who hears of a newly published comment: subscribers to replies to its
 * parent and subscribers to the whole article, one mail per address (a reader
 * with both gets the reply mail only), never its own author. Pure.
 *
 * @example planNotifications({ authorEmail: 'a@x.org', parentId: null }, subscriptions)
 */
export function planNotifications(comment: { authorEmail: string; parentId: string | null }, subscriptions: readonly PlannedSubscription[]): PlannedNotification[] {
  const author = comment.authorEmail.toLowerCase();
  const byEmail = new Map<string, PlannedNotification>();
  for (const subscription of subscriptions) {
    const email = subscription.email.toLowerCase();
    const reply = subscription.comment_id !== null;
    if (email === author || (reply && subscription.comment_id !== comment.parentId)) continue;
    const mail = byEmail.get(email) ?? { email, kind: 'article', subscriptionIds: [] };
    if (reply) mail.kind = 'reply';
    mail.subscriptionIds.push(subscription.id);
    byEmail.set(email, mail);
  }
  return [...byEmail.values()];
}
