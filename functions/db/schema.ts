import type { Insertable, Selectable, Updateable } from 'kysely';
import type { CommentStatus } from '../../src/lib/api/moderation.ts';

/** A comment's place in moderation (shared with the moderation page). Spam is answered like `pending`, so spammers learn nothing. */
export type { CommentStatus };

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
  /** The guideline a moderator named when rejecting (see src/strings.ts `rejectReasons`). */
  reject_reason: string | null;
  /** Set when a moderator deleted a comment that has replies: its content is gone, the thread stays. */
  deleted_at: string | null;
  /** When the author last changed the text within the edit window (readers see „bearbeitet“); null if never. */
  edited_at: string | null;
  /** Set when subscribers were mailed about this comment (its first approval); they are never mailed about it again. */
  notified_at: string | null;
  /** The local spam filter's score and reasons at submission (JSON, see spam/localFilter.ts `Assessment`); null if it never judged the comment. */
  spam_assessment: string | null;
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

export interface ModeratorsTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  /** `scrypt$N$r$p$salt$hash`; null until a password is set. */
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}

/** A moderator's login; the cookie carries a random value, the table only its SHA-256. */
export interface SessionsTable {
  id_hash: string;
  moderator_id: string;
  csrf_token: string;
  created_at: string;
  /** Sessions expire after an idle period measured from here. */
  last_seen_at: string;
}

/** Purposes of signed one-time links. */
export type TokenPurpose = 'set-password' | 'setup' | 'moderate' | 'subscribe' | 'data-access';

/** A signed link's server-side half: it expires and works once. */
export interface OneTimeTokensTable {
  id: string;
  purpose: TokenPurpose;
  subject: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface ModerationLogTable {
  id: string;
  comment_id: string;
  moderator_id: string | null;
  action: string;
  reason: string | null;
  created_at: string;
}

export interface CommentEditsTable {
  id: string;
  comment_id: string;
  moderator_id: string | null;
  previous_source: string;
  created_at: string;
}

/** State of a queued job (mail, Akismet feedback). */
export type JobStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxTable {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: string;
  status: JobStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface AkismetFeedbackTable {
  id: string;
  comment_id: string;
  verdict: 'spam' | 'ham';
  fields: string;
  status: JobStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A reader's wish for mail: replies to one comment, or (comment_id null) every new comment on an article. */
export interface SubscriptionsTable {
  id: string;
  /** Lower-cased. */
  email: string;
  post_slug: string;
  /** The comment whose replies are wanted; null for every new comment on the article (one per address and article). */
  comment_id: string | null;
  confirmed_at: string | null;
  created_at: string;
}

export interface ReportsTable {
  id: string;
  comment_id: string;
  reason: string;
  reporter_hash: string | null;
  created_at: string;
}

/**
 * A comment brought over from WordPress or Disqus (`npm run import -- --from …`):
 * remembered by its id there, so importing the same file twice adds nothing.
 */
export interface CommentSourcesTable {
  source: 'wordpress' | 'disqus';
  source_id: string;
  /** The comment it became here; the row stays when that comment is deleted, so it is not imported again. */
  comment_id: string;
  imported_at: string;
}

/**
 * The local spam filter's model: in how many spam and ham comments a feature
 * occurred. The row `#docs` counts the comments themselves. `generation` is the
 * training step that last changed the row, so an instance re-reads only what changed.
 */
export interface SpamFeaturesTable {
  feature: string;
  spam: number;
  ham: number;
  generation: number;
}

/** What one decided comment taught the filter (its label and feature names as JSON), so a changed decision can be undone. */
export interface SpamTrainingTable {
  comment_id: string;
  label: 'spam' | 'ham';
  features: string;
  trained_at: string;
}

/** Per post, a counter raised after every change to its published comments (the list caches compare it). */
export interface ListVersionsTable {
  post_slug: string;
  version: number;
}

/** A scheduled post whose build hook was called (Netlify), by its key in dist/schedule.json. */
export interface BuildTriggersTable {
  key: string;
  due_at: string;
  triggered_at: string;
}

/** The whole database, as Kysely sees it. */
export interface Database {
  comments: CommentsTable;
  rate_limits: RateLimitsTable;
  moderators: ModeratorsTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  moderation_log: ModerationLogTable;
  comment_edits: CommentEditsTable;
  outbox: OutboxTable;
  akismet_feedback: AkismetFeedbackTable;
  subscriptions: SubscriptionsTable;
  reports: ReportsTable;
  comment_sources: CommentSourcesTable;
  list_versions: ListVersionsTable;
  build_triggers: BuildTriggersTable;
  spam_features: SpamFeaturesTable;
  spam_training: SpamTrainingTable;
}

export type CommentRow = Selectable<CommentsTable>;
export type NewCommentRow = Insertable<CommentsTable>;
export type CommentUpdate = Updateable<CommentsTable>;
