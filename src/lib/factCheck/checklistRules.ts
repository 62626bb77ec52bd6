import type { ChecklistItem } from '../checklist.ts';
import { formatDate } from '../formatDate.ts';
import { lintHeadline, type HeadlineConfig } from '../headline/rules.ts';
import { numbersIn, sameNumber } from '../headline/germanNumbers.ts';
import { strings } from '../../strings.ts';
import { toDate, type PostToCheck } from './postToCheck.ts';
import { reviewsOf } from './reviewHistory.ts';
import { staleUses } from './freshness.ts';
import { foldWording } from './correctionEvidence.ts';

const readerTextOf = (post: PostToCheck) => `${post.title}\n${post.lead}\n${post.bodyText}`;

const t = strings.factCheck;

export interface ChecklistProblem {
  item: ChecklistItem;
  /** Errors keep a post from being published; warnings are shown in the report. */
  severity: 'error' | 'warning';
  message: string;
  fix: string;
}

export interface CheckContext {
  now: Date;
  headlineConfig?: HeadlineConfig;
}

type Data = Record<string, unknown>;
type Rule = (post: PostToCheck, context: CheckContext) => Omit<ChecklistProblem, 'item'>[];

const DAY = 86_400_000;
/** A source nobody has opened for this long may have changed or gone. */
export const SOURCE_REVISIT_DAYS = 365;

const list = (value: unknown): Data[] => (Array.isArray(value) ? value.filter((v): v is Data => !!v && typeof v === 'object') : []);
const filled = (value: unknown) => typeof value === 'string' ? value.trim().length > 0 : value !== undefined && value !== null;
const error = (message: string, fix: string) => ({ severity: 'error' as const, message, fix });
const warning = (message: string, fix: string) => ({ severity: 'warning' as const, message, fix });
const section = (post: PostToCheck, key: string): Data | undefined => {
  const value = post.factCheck?.[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
};

const sources: Rule = (post, { now }) => {
  const all = list(post.factCheck?.sources);
  if (all.length === 0) return [error(t.noSources, t.noSourcesFix)];
  const problems: ReturnType<Rule> = all.flatMap((source, i) => [
    ...(['id', 'title', 'publisher', 'accessed'] as const)
      .filter((field) => !filled(source[field]))
      .map((field) => error(t.sourceField(i, field), t.sourceFieldFix)),
    ...(!filled(source.url) && !filled(source.reference) ? [error(t.sourceField(i, 'url/reference'), t.sourceFieldFix)] : []),
    ...(typeof source.primary !== 'boolean' ? [error(t.sourceField(i, 'primary'), t.sourceFieldFix)] : []),
  ]);
  const ids = all.map((source) => String(source.id ?? ''));
  for (const id of new Set(ids.filter((id, i) => id && ids.indexOf(id) !== i))) problems.push(error(t.duplicateSourceId(id), t.duplicateSourceIdFix));
  if (!all.some((source) => source.primary === true) && !filled(post.factCheck?.noPrimarySourceReason)) {
    problems.push(error(t.noPrimary, t.noPrimaryFix));
  }
  for (const source of all) {
    const accessed = toDate(source.accessed);
    const days = accessed ? Math.floor((now.getTime() - accessed.getTime()) / DAY) : 0;
    if (days > SOURCE_REVISIT_DAYS) problems.push(warning(t.staleSource(String(source.id), days), t.staleSourceFix));
  }
  return problems;
};

const QUOTE = /[„"»]([^"“”«]{12,200})["“”«]/g;

const claims: Rule = (post) => {
  const all = list(post.factCheck?.claims);
  if (all.length === 0) return [error(t.noClaims, t.noClaimsFix)];
  const sourceIds = new Set(list(post.factCheck?.sources).map((source) => String(source.id)));
  const problems: ReturnType<Rule> = all.flatMap((claim, i) => [
    ...(!sourceIds.has(String(claim.source)) ? [error(t.claimUnknownSource(i, String(claim.source ?? '')), t.claimUnknownSourceFix)] : []),
    ...(claim.verified !== true ? [error(t.claimUnverified(i, String(claim.claim ?? '')), t.claimUnverifiedFix)] : []),
  ]);
  const claimText = all.map((claim) => String(claim.claim ?? '')).join('\n');
  const claimNumbers = numbersIn(claimText);
  const headline = `${post.title}\n${post.lead}`;
  // A number that counts the article's own sections or list items describes the article, not the world.
  const counts = post.bodyCounts ?? [];
  for (const value of numbersIn(headline)) {
    if (!claimNumbers.some((other) => sameNumber(value, other)) && !counts.includes(value)) {
      problems.push(error(t.numberWithoutClaim(value.toLocaleString('de-DE')), t.numberWithoutClaimFix));
    }
  }
  // Real quotations are sentences; a quoted title („The Social Dilemma“) is shorter and has no claim of its own.
  for (const [, quote] of headline.matchAll(QUOTE)) {
    if (quote!.trim().split(/\s+/).length >= 4 && !claimText.includes(quote!.trim())) {
      problems.push(error(t.quoteWithoutClaim(quote!.trim()), t.quoteWithoutClaimFix));
    }
  }
  for (const use of staleUses(post)) {
    problems.push(warning(t.staleFigure(use.claim.claim, formatDate(use.claim.asOf), use.sentence, use.why === 'now-word'), t.staleFigureFix));
  }
  return problems;
};

const headline: Rule = (post, { headlineConfig }) => {
  const overrides = new Map(
    list(section(post, 'headline')?.overrides)
      .filter((override) => filled(override.rule) && filled(override.reason))
      .map((override) => [String(override.rule), String(override.reason)]),
  );
  const findings = lintHeadline(
    { title: post.title, lead: post.lead, body: post.bodyText, tags: post.tags, category: post.category, counts: post.bodyCounts },
    headlineConfig,
  );
  const problems = findings
    .filter((finding) => finding.severity === 'error' || !overrides.has(finding.rule))
    .map((finding) =>
      error(
        t.headlineFinding(finding.rule, finding.message),
        finding.severity === 'error' ? t.headlineErrorFix : t.headlineWarningFix(finding.rule),
      ),
    );
  for (const finding of findings) {
    if (finding.severity === 'error' && overrides.has(finding.rule)) problems.push(error(t.overrideOfError(finding.rule), t.overrideOfErrorFix));
  }
  return problems;
};

const KIND_LABELS: Record<string, string> = { symbolic: 'Symbolbild', generated: 'KI-generiert' };

function imageProblems(what: string, image: Data) {
  const problems = (['credit', 'license'] as const)
    .filter((field) => !filled(image[field]))
    .map((field) => error(t.imageField(what, field), t.imageFieldFix));
  const label = KIND_LABELS[String(image.kind ?? '')];
  if (label && !String(image.caption ?? '').includes(label)) problems.push(error(t.imageKindUnmarked(what, label), t.imageKindUnmarkedFix(label)));
  return problems;
}

const images: Rule = (post) => {
  const listed = list(post.factCheck?.images);
  const listedSources = new Set(listed.map((image) => String(image.src)));
  return [
    ...(post.hero ? imageProblems(t.heroImage, post.hero) : []),
    ...listed.flatMap((image) => imageProblems(t.bodyImage(String(image.src)), image)),
    ...post.bodyImages.filter((src) => !listedSources.has(src)).map((src) => error(t.bodyImageUnlisted(src), t.bodyImageUnlistedFix)),
  ];
};

const disclosure: Rule = (post) => {
  const block = section(post, 'disclosure');
  if (!block) return [error(t.noDisclosure, t.noDisclosureFix)];
  return [
    ...(typeof block.sponsored !== 'boolean' ? [error(t.noDisclosure, t.noDisclosureFix)] : []),
    ...(block.sponsored === true && !filled(block.sponsor) ? [error(t.sponsorMissing, t.sponsorMissingFix)] : []),
    ...(!filled(block.conflicts) ? [error(t.conflictsMissing, t.conflictsMissingFix)] : []),
  ];
};

const minors: Rule = (post) => {
  const block = section(post, 'minors');
  if (!block || typeof block.concernsMinors !== 'boolean' || typeof block.namesPrivatePersons !== 'boolean') {
    return [error(t.noMinors, t.noMinorsFix)];
  }
  if (!block.concernsMinors && !block.namesPrivatePersons) return [];
  return [
    ...(!filled(block.publicInterest) ? [error(t.publicInterestMissing, t.publicInterestMissingFix)] : []),
    ...(block.identifyingDetailsRemoved !== true ? [error(t.detailsNotRemoved, t.detailsNotRemovedFix)] : []),
  ];
};

const rightOfReply: Rule = (post) => {
  const block = section(post, 'rightOfReply');
  if (!block || !Array.isArray(block.criticised)) return [error(t.noRightOfReply, t.noRightOfReplyFix)];
  const requests = list(block.requests);
  return block.criticised.map(String).flatMap((party) => {
    const request = requests.find((r) => String(r.party).trim().toLowerCase() === party.trim().toLowerCase());
    if (!request || (!filled(request.askedOn) && !filled(request.notAskedReason))) return [error(t.replyMissing(party), t.replyMissingFix)];
    if (filled(request.askedOn) && !filled(request.answer)) return [error(t.replyAnswerMissing(party), t.replyAnswerMissingFix)];
    return [];
  });
};

const review: Rule = (post, { now }) => {
  const reviews = reviewsOf(post.factCheck?.reviews);
  if (reviews.length === 0) return [error(t.noReview, t.noReviewFix)];
  const problems: ReturnType<Rule> = [];
  if (reviews.some((r) => r.reviewer === post.author)) problems.push(error(t.reviewerIsAuthor, t.reviewerIsAuthorFix));
  const first = reviews[0]!;
  const latest = reviews[reviews.length - 1]!;
  if (post.pubDate && first.date > post.pubDate) {
    problems.push(error(t.reviewAfterPublication(formatDate(first.date), formatDate(post.pubDate)), t.reviewAfterPublicationFix));
  }
  if (post.updatedDate && latest.date < post.updatedDate) {
    problems.push(error(t.reviewStale(formatDate(latest.date), formatDate(post.updatedDate)), t.reviewStaleFix));
  }
  for (const r of reviews.filter((r) => r.date.getTime() > now.getTime())) problems.push(error(t.reviewInFuture(formatDate(r.date)), t.reviewInFutureFix));
  // A review can only have relied on a source that had been opened by then.
  for (const source of list(post.factCheck?.sources)) {
    const accessed = toDate(source.accessed);
    if (accessed && accessed > latest.date) {
      problems.push(warning(t.sourceAfterReview(String(source.id), formatDate(accessed), formatDate(latest.date)), t.sourceAfterReviewFix));
    }
  }
  return problems;
};

const corrections: Rule = (post) => {
  const all = list(post.factCheck?.corrections);
  const problems = all.flatMap((correction, i) => [
    ...(['date', 'text', 'before', 'after'] as const).filter((field) => !filled(correction[field])).map((field) => error(t.correctionField(i, field), t.correctionFieldFix)),
    ...(filled(correction.after) && !foldWording(readerTextOf(post)).includes(foldWording(String(correction.after)))
      ? [error(t.correctionAfterMissing(i), t.correctionAfterMissingFix)]
      : []),
    ...(post.pubDate && toDate(correction.date) && toDate(correction.date)! < post.pubDate
      ? [error(t.correctionBeforePublication(i), t.correctionBeforePublicationFix)]
      : []),
  ]);
  const newest = all.map((correction) => toDate(correction.date)).filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0];
  if (newest && (!post.updatedDate || post.updatedDate < newest)) {
    problems.push(error(t.updatedBeforeCorrection(formatDate(newest)), t.updatedBeforeCorrectionFix));
  }
  return problems;
};

/** The rule behind each checklist item: one place for what "checked" means. */
export const CHECKLIST_RULES: Record<ChecklistItem, Rule> = {
  sources,
  claims,
  headline,
  images,
  disclosure,
  minors,
  rightOfReply,
  review,
  corrections,
};
