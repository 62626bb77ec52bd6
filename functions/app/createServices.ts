import { join } from 'node:path';
import type { ServiceConfig } from '../config/serviceConfig.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { ListCache } from '../comments/listCache.ts';
import { PostCatalog } from '../comments/postCatalog.ts';
import type { CommentServices } from '../comments/services.ts';
import { SiteFile } from '../http/siteFile.ts';
import { akismetCheck, akismetSubmitter } from '../spam/akismet.ts';
import { compileWordList } from '../spam/wordLists.ts';
import { checkSpamFilter } from '../spam/checkSpamFilter.ts';
import { FilterModel } from '../spam/filterModel.ts';
import { learnBacklog } from '../spam/trainFilter.ts';
import { queueRunner } from '../jobs/queueRunner.ts';
import { drainFeedback } from '../moderation/akismetFeedback.ts';
import { createMailTransport } from '../mail/transport.ts';
import { drainOutbox } from '../mail/outbox.ts';
import { verifyPassword } from '../moderation/password.ts';

/** The services plus a way to let go of the database when the process ends. */
export interface RunningServices extends CommentServices {
  close: () => Promise<void>;
}

/**
 * Builds everything the service needs from its configuration and brings the
 * database to the newest schema (migrations run on every start; applied ones
 * are skipped).
 */
export async function createServices(config: ServiceConfig, overrides: Partial<CommentServices> = {}): Promise<RunningServices> {
  const { db, kind } = await openDatabase(config.databaseUrl, { poolMax: config.databasePoolMax });
  try {
    await migrateToLatest(db);
    // Cold start: comments decided before the filter existed, or imported, teach it now.
    await learnBacklog(db, new Date());
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // SPAM_FILTER=local: nothing goes to Akismet, not even the moderators' verdicts, whether a key is set or not.
  const akismetFeedback = config.spamFilter.mode === 'local' ? undefined : akismetSubmitter({ key: config.akismetKey, blog: config.siteUrl, endpoint: config.akismetEndpoint });
  const transport = createMailTransport({ smtpUrl: config.smtpUrl, dataDir: config.dataDir });
  const services: RunningServices = {
    db,
    dbKind: kind,
    config,
    posts: new PostCatalog(config.siteDir),
    pageTemplate: new SiteFile(join(config.siteDir, 'kommentare', 'index.html'), (text) => text),
    akismet: akismetCheck({ key: config.akismetKey, blog: config.siteUrl, endpoint: config.akismetEndpoint }),
    akismetFeedback,
    cache: new ListCache(),
    words: { blocked: compileWordList(config.blockedWords), moderated: compileWordList(config.moderatedWords) },
    verifyPassword,
    spamModel: new FilterModel(),
    spamFilter: (input) => checkSpamFilter(db, services.spamModel, config.spamFilter, input),
    now: () => new Date(),
    mail: transport.send,
    queues: queueRunner([
      async () => services.akismetFeedback && drainFeedback(db, services.akismetFeedback, () => services.now()),
      () => drainOutbox(db, services.mail, config.mailFrom, () => services.now()),
    ]),
    ...overrides,
    close: async () => {
      await services.queues.idle();
      transport.close();
      await db.destroy();
    },
  };
  return services;
}
