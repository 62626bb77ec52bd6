import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import handler, { config } from '../../../functions/maintenance.ts';
import { enqueueMail } from '../../../functions/mail/outbox.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';
import { startSmtpServer } from '../../support/smtpServer.ts';
import { useOpenDatabase } from '../../support/testDatabase.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('functions/maintenance.ts (Netlify scheduled function) on PostgreSQL', () => {
  const database = useOpenDatabase('postgres');
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const saved = { ...process.env };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    Object.assign(process.env, { DATABASE_URL: database.url, SITE_DIR: inject('siteDir'), SECRET: TEST_SECRET, SITE_URL: 'https://klartext.example', SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    process.env = saved;
    await smtp?.close();
  });

  it('runs every five minutes', () => {
    expect(config.schedule).toBe('*/5 * * * *');
  });

  it('sends a mail whose retry is due and deletes an IP hash past its time', async () => {
    const now = Date.now();
    // A mail that failed earlier and waits for its retry, which is due now.
    const id = await enqueueMail(database.db, { kind: 'test', to: 'leserin@example.org', subject: 'Nachgereicht', text: 'Text', html: '<p>Text</p>' }, new Date(now - 60_000));
    await database.db.updateTable('outbox').set({ attempts: 1, last_error: '421 later' }).where('id', '=', id).execute();
    const old = new Date(now - 40 * DAY).toISOString();
    await database.db
      .insertInto('comments')
      .values({ id: 'alt', post_slug: 'p', parent_id: null, author_name: 'A', author_email: 'a@example.org', author_url: null, body_source: 'x', body_html: '<p>x</p>', status: 'approved', spam_reasons: '[]', notify: 0, ip_hash: 'hash', user_agent: 'UA', fingerprint: 'fp', created_at: old, updated_at: old })
      .execute();

    const res = await handler();
    expect(res.status).toBe(204);
    expect(smtp.mails.map((mail) => mail.headers.get('subject')?.[0])).toEqual(['Nachgereicht']);
    expect(await database.db.selectFrom('outbox').select(['status', 'attempts']).where('id', '=', id).executeTakeFirst()).toEqual({ status: 'sent', attempts: 2 });
    expect(await database.db.selectFrom('comments').select(['ip_hash', 'user_agent']).where('id', '=', 'alt').executeTakeFirst()).toEqual({ ip_hash: null, user_agent: null });
  });
});
