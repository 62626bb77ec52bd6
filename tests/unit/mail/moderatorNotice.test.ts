import { describe, expect, it } from 'vitest';
import type { CommentRow } from '../../../functions/db/schema.ts';
import { moderatorNotice } from '../../../functions/mail/moderatorNotice.ts';
import { strings } from '../../../src/strings.ts';

const t = strings.moderation.moderatorMail;
const links = { approve: 'https://k.example/a', reject: 'https://k.example/r', spam: 'https://k.example/s' };

const comment = (more: Partial<CommentRow> = {}): CommentRow => ({
  id: 'c1',
  post_slug: 'dark-patterns-einwilligung',
  parent_id: null,
  edited_at: null,
  author_name: 'Erika',
  author_email: 'erika@example.org',
  author_url: null,
  body_source: 'Text',
  body_html: '<p>Text</p>',
  status: 'pending',
  spam_reasons: '["first-comment"]',
  notify: 0,
  ip_hash: null,
  user_agent: null,
  fingerprint: 'f',
  reject_reason: null,
  deleted_at: null,
  notified_at: null,
  spam_assessment: null,
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:00.000Z',
  ...more,
});

describe('mail/moderatorNotice', () => {
  it('says in German why a comment waits', () => {
    const mail = moderatorNotice(comment(), 'Dark Patterns', 'https://k.example', links);
    expect(mail.text).toContain(t.reasons(strings.moderation.spamReasons['first-comment']!));
    expect(mail.text).not.toContain('gemeldet');
  });

  it('says how often and why readers reported a comment they sent back to the queue', () => {
    const mail = moderatorNotice(comment({ spam_reasons: '[]' }), 'Dark Patterns', 'https://k.example', links, { count: 3, reasons: ['advertising', 'insult'] });
    const line = t.reported(3, `${strings.moderation.rejectReasons.advertising}, ${strings.moderation.rejectReasons.insult}`);
    expect(mail.text).toContain(line);
    expect(mail.html).toContain(`<br>${line}</p>`);
    expect(mail.text).not.toContain('Warum er wartet');
  });
});
