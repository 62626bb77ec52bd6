import { describe, expect, it } from 'vitest';
import { addModerator } from '../../../functions/moderation/moderators.ts';
import { createSession } from '../../../functions/moderation/sessions.ts';
import { issueToken } from '../../../functions/moderation/tokens.ts';
import { purgeModerationData } from '../../../functions/privacy/purgeModeration.ts';
import { DATABASE_KINDS, useOpenDatabase } from '../../support/testDatabase.ts';

const DAY = 24 * 60 * 60 * 1000;

describe.each(DATABASE_KINDS)('purging moderation data on %s', (kind) => {
  const open = useOpenDatabase(kind);

  it('deletes unconfirmed subscriptions past their link, idle sessions, expired tokens and old sent mails, and keeps the rest', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const { db } = open;
    const old = new Date(now.getTime() - 8 * DAY);
    const subscription = (id: string, created: Date, confirmed: boolean) => ({ id, email: `${id}@example.org`, post_slug: 'p', comment_id: null, confirmed_at: confirmed ? created.toISOString() : null, created_at: created.toISOString() });
    await db.insertInto('subscriptions').values([subscription('alt-unbestaetigt', old, false), subscription('alt-bestaetigt', old, true), subscription('neu-unbestaetigt', now, false)]).execute();
    const moderator = (await addModerator(db, 'purge@example.org', 'P', now))!;
    await createSession(db, moderator.id, new Date(now.getTime() - 13 * 60 * 60 * 1000));
    await createSession(db, moderator.id, new Date(now.getTime() - 60 * 60 * 1000));
    await issueToken(db, 'secret', 'moderate', 'x', old);
    await issueToken(db, 'secret', 'moderate', 'y', now);
    const mail = (id: string, status: 'sent' | 'failed' | 'pending', created: Date) => ({ id, kind: 'test', recipient: `${id}@example.org`, subject: 's', text_body: 't', html_body: 'h', headers: '{}', status, attempts: 1, next_attempt_at: created.toISOString(), created_at: created.toISOString() });
    const longAgo = new Date(now.getTime() - 31 * DAY);
    await db.insertInto('outbox').values([mail('alt-gesendet', 'sent', longAgo), mail('alt-gescheitert', 'failed', longAgo), mail('alt-wartend', 'pending', longAgo), mail('neu-gesendet', 'sent', old)]).execute();

    expect(await purgeModerationData(db, now)).toEqual({ subscriptions: 1, sessions: 1, tokens: 1, mails: 2 });
    expect((await db.selectFrom('subscriptions').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['alt-bestaetigt', 'neu-unbestaetigt']);
    expect(await db.selectFrom('sessions').selectAll().execute()).toHaveLength(1);
    expect((await db.selectFrom('one_time_tokens').select('subject').execute()).map((r) => r.subject)).toEqual(['y']);
    // A mail still waiting to be sent is never purged, however old.
    expect((await db.selectFrom('outbox').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['alt-wartend', 'neu-gesendet']);
    expect(await purgeModerationData(db, now)).toEqual({ subscriptions: 0, sessions: 0, tokens: 0, mails: 0 });
  });
});
