import type { Kysely } from 'kysely';
import type { ServiceConfig } from '../config/serviceConfig.ts';
import type { DatabaseKind } from '../db/openDatabase.ts';
import type { Database } from '../db/schema.ts';
import type { AkismetCheck, AkismetSubmit } from '../spam/akismet.ts';
import type { FilterModel } from '../spam/filterModel.ts';
import type { SpamFilterCheck } from '../spam/checkSpamFilter.ts';
import type { FilterInput } from '../spam/features.ts';
import type { WordMatcher } from '../spam/wordLists.ts';
import type { SiteFile } from '../http/siteFile.ts';
import type { MailTransport } from '../mail/transport.ts';
import type { ListCache } from './listCache.ts';
import type { PostCatalog } from './postCatalog.ts';

/** Everything the comment feature needs, built once at start (see app/createServices.ts). */
export interface CommentServices {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: ServiceConfig;
  posts: PostCatalog;
  /** The built comments page (`<siteDir>/kommentare/index.html`) the service fills in. */
  pageTemplate: SiteFile<string>;
  akismet: AkismetCheck;
  /** submit-spam/submit-ham for moderators' verdicts; undefined without an Akismet key. */
  akismetFeedback: AkismetSubmit | undefined;
  cache: ListCache;
  words: { blocked: WordMatcher; moderated: WordMatcher };
  /** Checks a moderator's password against its stored scrypt hash (moderation/password.ts); tests count the calls. */
  verifyPassword: (password: string, stored: string) => Promise<boolean>;
  /** The local spam filter's counts, kept in step with the database (settings in `config.spamFilter`). */
  spamModel: FilterModel;
  /** The local spam filter's stage (checkSpamFilter with this model and `config.spamFilter`): for new comments and re-checked texts. */
  spamFilter: (input: FilterInput) => Promise<SpamFilterCheck>;
  /** The clock; tests replace it to step over the time trap. */
  now: () => Date;
  /** Delivers one mail from the outbox (SMTP, or .eml files under DATA_DIR/outbox/). */
  mail: MailTransport;
  /** Starts sending what is queued (Akismet feedback, mail) now instead of at the next timer. */
  queues: { kick: () => void; idle: () => Promise<void> };
}
