// Every text of the site, the service and the tools, German, one module per feature
// under src/strings/. This index composes them into `strings` (same shape as
// before the split); import a feature module directly where only its texts are
// needed (a browser script, so it does not bundle the rest).
import { siteTexts } from './strings/site.ts';
import { editorialTexts } from './strings/editorial.ts';
import { searchTexts } from './strings/search.ts';
import { commentsTexts } from './strings/comments.ts';
import { moderationTexts } from './strings/moderation.ts';
import { editorTexts } from './strings/editor.ts';
import { scheduleTexts } from './strings/schedule.ts';
import { mailTexts } from './strings/mail.ts';

export { searchStrings } from './strings/search.ts';
export { siteTexts, editorialTexts, searchTexts, commentsTexts, moderationTexts, editorTexts, scheduleTexts, mailTexts };

/**
 * Every text a reader, author or editor sees, in one place. German now; a
 * second language would be a second object of the same shape.
 */
export const strings = {
  site: siteTexts.site,
  nav: siteTexts.nav,
  post: siteTexts.post,
  sources: siteTexts.sources,
  list: siteTexts.list,
  taxonomy: siteTexts.taxonomy,
  authors: siteTexts.authors,
  archive: siteTexts.archive,
  notFound: siteTexts.notFound,
  guidelines: editorialTexts.guidelines,
  checklist: editorialTexts.checklist,
  search: searchTexts.search,
  ogImage: siteTexts.ogImage,
  headlineRules: editorialTexts.headlineRules,
  factCheck: editorialTexts.factCheck,
  corrections: editorialTexts.corrections,
  report: commentsTexts.report,
  commentRules: commentsTexts.commentRules,
  moderationStats: moderationTexts.moderationStats,
  dataRequest: commentsTexts.dataRequest,
  dashboard: editorialTexts.dashboard,
  factCheckReport: editorialTexts.factCheckReport,
  newPost: editorialTexts.newPost,
  contentErrors: editorialTexts.contentErrors,
  comments: commentsTexts.comments,
  commentEdits: commentsTexts.commentEdits,
  commentErrors: commentsTexts.commentErrors,
  commentFields: commentsTexts.commentFields,
  serviceConfig: commentsTexts.serviceConfig,
  cms: editorTexts.cms,
  schedule: scheduleTexts.schedule,
  purge: commentsTexts.purge,
  moderation: {
    ...moderationTexts.moderation,
    moderatorMail: mailTexts.moderatorMail,
    notifications: mailTexts.notifications,
    dataAccess: mailTexts.dataAccess,
  },
  commentImport: commentsTexts.commentImport,
  spamFilter: moderationTexts.spamFilter,
} as const;

export type Strings = typeof strings;
