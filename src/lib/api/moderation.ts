/**
 * Response shapes of the moderation API (docs/api.md), shared by the service
 * (functions/moderation/) and the moderators' page (src/lib/moderation/,
 * src/scripts/moderation/). A neutral module: it imports nothing, so the site
 * never depends on the service and the service never on the page.
 */

/** Where a comment stands. */
export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

/** A comment as moderators see it: everything but hashes (GET /api/moderation/comments). */
export interface ModerationComment {
  id: string;
  post: string;
  parent: string | null;
  name: string;
  email: string;
  url: string | null;
  /** The text as written (Markdown subset). */
  body: string;
  /** Rendered and sanitized (the same allowlist as on the article). */
  html: string;
  status: CommentStatus;
  spamReasons: string[];
  /** The local spam filter's score and reasons at submission; null for comments it never judged. */
  spamFilter: SpamFilterView | null;
  rejectReason: string | null;
  deleted: boolean;
  reports: number;
  /** The reasons readers gave, most frequent first. */
  reportReasons: string[];
  createdAt: string;
  updatedAt: string;
}

/** A line of a comment's history: what happened, by whom (a moderator's name; null for readers and the system), when. */
export interface HistoryEntry {
  action: string;
  reason: string | null;
  moderator: string | null;
  moderatorName: string | null;
  createdAt: string;
}

/** An earlier text of a comment, replaced by a moderator's edit. */
export interface EditEntry {
  previousBody: string;
  moderator: string | null;
  moderatorName: string | null;
  createdAt: string;
}

/** One comment with its edit history and moderation log (GET /api/moderation/comments/:id). */
export interface ModerationCommentDetail extends ModerationComment {
  edits: EditEntry[];
  log: HistoryEntry[];
}

/** The spam filter's view of a comment as the moderation API returns it (docs/api.md). */
export interface SpamFilterView {
  /** 0 = certainly ham … 1 = certainly spam. */
  score: number;
  outcome: 'spam' | 'ham' | 'unsure';
  /** False while the filter was still learning: then it only advised. */
  ready: boolean;
  /** One German line: „Spamfilter: 97 % Spam (sicher Spam)“, or that it is still learning. */
  summary: string;
  /** The three to five features that weighed most, in German, strongest first. */
  clues: Array<{ label: string; direction: 'spam' | 'ham'; weight: number }>;
}
