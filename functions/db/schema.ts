import type { Insertable, Selectable, Updateable } from 'kysely';

/** A comment's place in moderation. Spam is answered like `pending`, so spammers learn nothing. */
export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

/**
 * Timestamps are ISO-8601 strings in UTC (`toISOString()`), the same on
 * SQLite and PostgreSQL, and they sort as text.
 */
export interface CommentsTable {
  /** Random, URL-safe; not a counter, so ids reveal nothing about volume. */
  id: string;
  post_slug: string;
  parent_id: string | null;
  author_name: string;
  /** Lower-cased; never leaves the service except to Akismet (see the privacy page). */
  author_email: string;
  author_url: string | null;
  body_source: string;
  /** The sanitized HTML readers get. */
  body_html: string;
  status: CommentStatus;
  /** JSON array of the spam pipeline's reasons, e.g. `["token-missing","akismet-off"]`. */
  spam_reasons: string;
  /** 1 when the author asked to hear about replies (mail comes with moderation). */
  notify: number;
  /** Keyed hash of the IP address (HMAC with SECRET); purged after the retention period. */
  ip_hash: string | null;
  user_agent: string | null;
  /** Hash of post, email and body: the same comment twice is refused by a unique index. */
  fingerprint: string;
  created_at: string;
  updated_at: string;
}

/** One fixed time window of a rate limit; `key` is a keyed hash, never a raw IP or email. */
export interface RateLimitsTable {
  key: string;
  /** Start of the window in minutes since the epoch. */
  window_start: number;
  count: number;
}

/** The whole database, as Kysely sees it. */
export interface Database {
  comments: CommentsTable;
  rate_limits: RateLimitsTable;
}

export type CommentRow = Selectable<CommentsTable>;
export type NewCommentRow = Insertable<CommentsTable>;
export type CommentUpdate = Updateable<CommentsTable>;
