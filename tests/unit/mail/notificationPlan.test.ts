import { describe, expect, it } from 'vitest';
import { planNotifications } from '../../../functions/mail/notificationPlan.ts';

const article = (id: string, email: string) => ({ id, email, comment_id: null });
const replies = (id: string, email: string, comment: string) => ({ id, email, comment_id: comment });

describe('mail/notificationPlan', () => {
  it('mails every article subscriber about a new comment', () => {
    expect(planNotifications({ authorEmail: 'autorin@example.org', parentId: null }, [article('s1', 'a@example.org'), article('s2', 'b@example.org')])).toEqual([
      { email: 'a@example.org', kind: 'article', subscriptionIds: ['s1'] },
      { email: 'b@example.org', kind: 'article', subscriptionIds: ['s2'] },
    ]);
  });

  it('never mails the comment’s own author, whatever the case of the address', () => {
    expect(planNotifications({ authorEmail: 'Autorin@Example.org', parentId: null }, [article('s1', 'autorin@example.org')])).toEqual([]);
  });

  it('sends a reader with a reply and an article subscription one reply mail that ends both', () => {
    const plan = planNotifications({ authorEmail: 'x@example.org', parentId: 'c1' }, [article('s1', 'leserin@example.org'), replies('s2', 'leserin@example.org', 'c1')]);
    expect(plan).toEqual([{ email: 'leserin@example.org', kind: 'reply', subscriptionIds: ['s1', 's2'] }]);
  });

  it('ignores reply subscriptions to other comments, and for a comment that answers nothing', () => {
    const subscriptions = [replies('s1', 'a@example.org', 'c1'), replies('s2', 'b@example.org', 'c2')];
    expect(planNotifications({ authorEmail: 'x@example.org', parentId: 'c2' }, subscriptions)).toEqual([{ email: 'b@example.org', kind: 'reply', subscriptionIds: ['s2'] }]);
    expect(planNotifications({ authorEmail: 'x@example.org', parentId: null }, subscriptions)).toEqual([]);
  });
});
