import { moderatorNotice } from '../../functions/mail/moderatorNotice.ts';
import type { CommentRow } from '../../functions/db/schema.ts';

/** The header that carries each mail's marker, counted by the SMTP sink. */
export const MARKER_HEADER = 'X-Bench-Mail';

const SITE_URL = 'https://klartext.example';
const STAMP = '2026-03-01T09:30:00.000Z';

/**
 * The `i`-th mail of a run: a real "comment waiting" mail (moderatorNotice,
 * plain text and HTML, about 3 kB) with three link tokens of realistic
 * length, to one of three moderators. Pure.
 */
export function benchMail(i: number): { to: string; subject: string; text: string; html: string } {
  const body = `Kommentar ${i + 1}: Die Zahlen im Artikel decken sich mit dem Bericht der Aufsichtsbehörde.\n\nWas fehlt, ist die Frage, wer die Einwilligungen eigentlich prüft – und wie oft.`;
  const comment: CommentRow = {
    id: `bench${String(i).padStart(6, '0')}`,
    post_slug: 'dark-patterns-einwilligung',
    parent_id: null,
    edited_at: null,
    author_name: `Leserin ${i + 1}`,
    author_email: `leserin${i + 1}@example.org`,
    author_url: i % 3 === 0 ? `https://leserin${i + 1}.example/` : null,
    body_source: body,
    body_html: body
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join(''),
    status: 'pending',
    spam_reasons: i % 4 === 0 ? '["akismet-off","links"]' : '["akismet-off"]',
    notify: 0,
    ip_hash: null,
    user_agent: null,
    fingerprint: `bench-${i}`,
    reject_reason: null,
    deleted_at: null,
    notified_at: null,
    spam_assessment: null,
    created_at: STAMP,
    updated_at: STAMP,
  };
  // A signed token of the service is about 150 characters; its content does not matter here.
  const token = (action: string) => `${action}.${Buffer.from(`${action}:${comment.id}:moderator-${i % 3}`).toString('base64url')}.${'x'.repeat(110)}`;
  const links = { approve: `${SITE_URL}/moderation/aktion/?token=${token('approve')}`, reject: `${SITE_URL}/moderation/aktion/?token=${token('reject')}`, spam: `${SITE_URL}/moderation/aktion/?token=${token('spam')}` };
  return { to: `moderatorin${i % 3}@example.org`, ...moderatorNotice(comment, 'Dark Patterns: Wenn die Einwilligung zur Falle wird', SITE_URL, links) };
}
