import type { NewCommentRow } from '../../functions/db/schema.ts';
import { POST } from './commentClient.ts';

/** An approved comment row to insert straight into the table (many comments, without the spam pipeline's pauses). */
export function approvedRow(id: string, parent: string | null, createdAt: string, post = POST): NewCommentRow {
  return {
    id,
    post_slug: post,
    parent_id: parent,
    author_name: `Leser ${id}`,
    author_email: `${id}@example.org`,
    author_url: null,
    body_source: `Text ${id}`,
    body_html: `<p>Text ${id}</p>`,
    status: 'approved',
    spam_reasons: '[]',
    notify: 0,
    ip_hash: null,
    user_agent: null,
    fingerprint: `fp-${id}`,
    reject_reason: null,
    deleted_at: null,
    notified_at: null,
    created_at: createdAt,
    updated_at: createdAt,
  } as NewCommentRow;
}
