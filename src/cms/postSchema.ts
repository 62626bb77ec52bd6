import { fields } from '@keystatic/core';
import { HEADLINE_RULES } from '../lib/headline/rules.ts';
import { slugify } from '../lib/slugify.ts';
import { strings } from '../strings.ts';
import { checkPanelField } from './checkPanel.ts';
import { whenAbsent } from './fieldInfo.ts';
import { losslessMdx } from './losslessMdx.ts';

const t = strings.cms;
const check = strings.checklist;
const fix = strings.factCheck;

/** `2026/mein-artikel`: the year folder and file name below posts/. */
export const POST_SLUG = /^\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const required = { isRequired: true } as const;
const text = (label: string, description?: string, multiline = false) => fields.text({ label, description, multiline });
const requiredText = (label: string, description?: string, multiline = false) =>
  fields.text({ label, description, multiline, validation: required });

// The content model's default (zod) for a missing `kind` is a photo.
const imageKind = whenAbsent(fields.select({
  label: t.image.kind,
  options: [
    { label: t.image.photo, value: 'photo' },
    { label: strings.post.imageKind.symbolic, value: 'symbolic' },
    { label: strings.post.imageKind.generated, value: 'generated' },
  ],
  defaultValue: 'photo',
}), 'photo');

/** Image fields as the content model has them: a path relative to the post, not an upload (docs/cms.md says why). */
function imageFields(inBody: boolean) {
  // A body image is listed to document it, so its fields are required; the hero image is optional as a whole.
  const field = inBody ? requiredText : text;
  return {
    src: field(t.image.src, t.image.srcHint),
    ...(inBody ? {} : { alt: text(t.image.alt) }),
    caption: text(t.image.caption, fix.imageKindUnmarkedFix(`${strings.post.imageKind.symbolic}/${strings.post.imageKind.generated}`)),
    credit: field(t.image.credit, fix.imageFieldFix),
    license: field(t.image.license, fix.imageFieldFix),
    kind: imageKind,
  };
}

/**
 * A yes/no question of the checklist that may still be open: stored as
 * true/false, left out while unanswered (a checkbox could not tell "no" from
 * "not answered", and the gate must see the difference).
 */
function question(label: string, description?: string) {
  const options = [
    { label: t.answer.open, value: 'open' },
    { label: t.answer.yes, value: 'yes' },
    { label: t.answer.no, value: 'no' },
  ] as const;
  const base = fields.select({ label, description, options, defaultValue: 'open' });
  const toChoice = (stored: unknown) => {
    if (stored === undefined || stored === null) return 'open' as const;
    if (typeof stored !== 'boolean') throw new Error(t.answer.invalid(label));
    return stored ? ('yes' as const) : ('no' as const);
  };
  return {
    ...base,
    parse: (stored: unknown) => toChoice(stored),
    serialize: (choice: string) => ({ value: choice === 'open' ? undefined : choice === 'yes' }),
    reader: { parse: (stored: unknown) => (stored === undefined || stored === null ? null : toChoice(stored) === 'yes') },
  };
}

/** A list the content model defaults to [] when missing: an empty one is not added to a file. */
const optionalList: typeof fields.array = (element, options) => whenAbsent(fields.array(element, options), []);

/** A list item's name in the editor: the value of its first field, or the kind of item while that is empty. */
const byLabel = (label: string) => (props: { fields: Record<string, { value: unknown }> }) =>
  String(Object.values(props.fields)[0]?.value ?? '') || label;

/**
 * The factCheck block as a form: one group per checklist item, titled and
 * explained with the checklist's own texts (the ones /leitlinien/ shows), each
 * field described with the fix the gate would print.
 */
export function factCheckFields() {
  return fields.object(
    {
      sources: fields.array(
        fields.object({
          id: requiredText(t.source.id, fix.duplicateSourceIdFix),
          title: requiredText(t.source.title),
          url: text(t.source.url),
          reference: text(t.source.reference),
          publisher: requiredText(t.source.publisher),
          accessed: fields.date({ label: t.source.accessed, description: fix.staleSourceFix, validation: required }),
          primary: fields.checkbox({ label: strings.sources.primary, description: fix.noPrimaryFix }),
          archiveUrl: text(strings.sources.archive),
        }),
        { label: check.sources.title, description: `${check.sources.text} ${fix.sourceFieldFix}`, itemLabel: byLabel(t.source.item) },
      ),
      noPrimarySourceReason: text(strings.sources.noPrimaryReason, fix.noPrimaryFix, true),
      claims: fields.array(
        fields.object({
          claim: requiredText(t.claim.item, undefined, true),
          source: requiredText(t.claim.source, fix.claimUnknownSourceFix),
          verified: whenAbsent(fields.checkbox({ label: t.claim.verified, description: fix.claimUnverifiedFix }), false),
          asOf: fields.date({ label: t.claim.asOf, description: t.claim.asOfHint }),
        }),
        { label: check.claims.title, description: check.claims.text, itemLabel: byLabel(t.claim.item) },
      ),
      headline: fields.object(
        {
          overrides: optionalList(
            fields.object({
              rule: fields.select({
                label: t.headline.rule,
                options: HEADLINE_RULES.map((rule) => ({ label: `${rule.id}: ${strings.headlineRules[rule.id].explanation}`, value: rule.id })),
                defaultValue: HEADLINE_RULES[0]!.id,
              }),
              reason: requiredText(t.headline.reason, undefined, true),
            }),
            { label: t.headline.overrides, description: fix.overrideOfErrorFix, itemLabel: byLabel(t.headline.rule) },
          ),
        },
        { label: check.headline.title, description: check.headline.text },
      ),
      images: optionalList(fields.object(imageFields(true)), {
        label: check.images.title,
        description: `${check.images.text} ${fix.bodyImageUnlistedFix}`,
        itemLabel: byLabel(t.image.src),
      }),
      disclosure: fields.object(
        {
          sponsored: question(strings.post.sponsored),
          sponsor: text(t.disclosure.sponsor, fix.sponsorMissingFix),
          conflicts: text(strings.sources.disclosure, fix.conflictsMissingFix),
        },
        { label: check.disclosure.title, description: check.disclosure.text },
      ),
      minors: fields.object(
        {
          concernsMinors: question(t.minors.concernsMinors),
          namesPrivatePersons: question(t.minors.namesPrivatePersons),
          publicInterest: text(t.minors.publicInterest, fix.publicInterestMissingFix, true),
          identifyingDetailsRemoved: whenAbsent(fields.checkbox({ label: t.minors.identifyingDetailsRemoved, description: fix.detailsNotRemovedFix }), false),
        },
        { label: check.minors.title, description: check.minors.text },
      ),
      rightOfReply: fields.object(
        {
          criticised: fields.array(requiredText(t.rightOfReply.party), {
            label: t.rightOfReply.criticised,
            description: fix.noRightOfReplyFix,
            itemLabel: (props) => props.value || t.rightOfReply.party,
          }),
          requests: optionalList(
            fields.object({
              party: requiredText(t.rightOfReply.party),
              askedOn: fields.date({ label: t.rightOfReply.askedOn }),
              answer: text(t.rightOfReply.answer, fix.replyAnswerMissingFix, true),
              notAskedReason: text(t.rightOfReply.notAskedReason, undefined, true),
            }),
            { label: t.rightOfReply.requests, description: fix.replyMissingFix, itemLabel: byLabel(t.rightOfReply.party) },
          ),
        },
        { label: check.rightOfReply.title, description: check.rightOfReply.text },
      ),
      reviews: optionalList(
        fields.object({
          reviewer: fields.relationship({ label: t.review.reviewer, description: fix.reviewerIsAuthorFix, collection: 'authors' }),
          date: fields.date({ label: t.review.date, description: fix.reviewAfterPublicationFix, validation: required }),
        }),
        { label: check.review.title, description: `${check.review.text} ${fix.reviewerIsAuthorFix}`, itemLabel: byLabel(t.review.item) },
      ),
      corrections: optionalList(
        fields.object({
          date: fields.date({ label: t.correction.date, validation: required }),
          text: requiredText(t.correction.text, undefined, true),
          before: requiredText(t.correction.before, fix.correctionWithoutHistoryFix, true),
          after: requiredText(t.correction.after, fix.correctionAfterMissingFix, true),
        }),
        { label: check.corrections.title, description: `${check.corrections.text} ${fix.updatedBeforeCorrectionFix}`, itemLabel: byLabel(t.correction.item) },
      ),
    },
    { label: t.factCheck, description: strings.guidelines.checklistIntro },
  );
}

/** The fields of a post, in the order of its frontmatter. */
export function postFields(now: () => Date = () => new Date()) {
  return {
    report: checkPanelField(),
    title: fields.slug({
      name: { label: t.post.title, description: strings.headlineRules['title-length'].explanation, validation: { isRequired: true, length: { max: 120 } } },
      slug: {
        label: t.post.slug,
        description: t.post.slugHint,
        generate: (title: string) => `${now().getFullYear()}/${slugify(title)}`,
        validation: { pattern: { regex: POST_SLUG, message: t.post.slugPattern } },
      },
    }),
    lead: requiredText(t.post.lead, strings.headlineRules['lead-topic'].explanation, true),
    pubDate: fields.date({ label: t.post.pubDate, description: t.post.pubDateHint, validation: required }),
    updatedDate: fields.date({ label: strings.post.updated, description: fix.updatedBeforeCorrectionFix }),
    author: fields.relationship({ label: t.post.author, collection: 'authors', validation: required }),
    category: requiredText(strings.post.category),
    tags: fields.array(requiredText(t.post.tag), { label: strings.post.tags, itemLabel: (props) => props.value || t.post.tag, validation: { length: { min: 1 } } }),
    hero: fields.object(
      imageFields(false),
      { label: t.post.hero, description: t.post.heroHint },
    ),
    // New posts start as drafts; a file without the key is published (the content model's default).
    draft: whenAbsent(fields.checkbox({ label: t.post.draft, description: t.post.draftHint, defaultValue: true }), false),
    factCheck: factCheckFields(),
    body: losslessMdx({
      label: t.post.body,
      description: t.post.bodyHint,
      // Uploaded images go to posts/<year>/<name>/ beside the post; the path in the text is relative to it.
      options: {
        heading: [2, 3, 4],
        image: { directory: 'posts', publicPath: '..', schema: { alt: requiredText(t.image.alt, t.image.altHint) } },
      },
    }),
  };
}
