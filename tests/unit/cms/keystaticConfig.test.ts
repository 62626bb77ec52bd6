import { describe, expect, it } from 'vitest';
import { collectionInfo } from '../../../src/cms/fieldInfo.ts';
import { cmsConfig } from '../../../src/cms/keystaticConfig.ts';
import { POST_SLUG } from '../../../src/cms/postSchema.ts';
import { CHECKLIST_ITEMS } from '../../../src/lib/checklist.ts';
import { HEADLINE_RULES } from '../../../src/lib/headline/rules.ts';
import { strings } from '../../../src/strings.ts';

type Field = { kind: string; label?: string; description?: string; fields?: Record<string, Field>; element?: Field; options?: { value: string }[] } & Record<string, any>;

const config = cmsConfig();
const post = config.collections.posts.schema as unknown as Record<string, Field>;
const factCheck = post.factCheck!.fields!;

describe('cms/keystaticConfig', () => {
  it('edits the content folder itself in local mode and a folder of the repository in GitHub mode', () => {
    expect(config.storage).toEqual({ kind: 'local' });
    expect(config.collections.posts.path).toBe('posts/**');
    const github = cmsConfig({ githubRepo: 'redaktion/inhalte', githubContentPath: 'content/' });
    expect(github.storage).toEqual({ kind: 'github', repo: 'redaktion/inhalte' });
    expect(github.collections.posts.path).toBe('content/posts/**');
    expect(github.collections.authors.path).toBe('content/authors/*');
  });

  it('has one group per checklist item, titled and explained by the checklist itself', () => {
    // Item 8 is a history of reviews, stored as the list `reviews`.
    const fieldOf = (item: string) => (item === 'review' ? 'reviews' : item);
    for (const item of CHECKLIST_ITEMS) {
      const group = factCheck[fieldOf(item)]!;
      expect(group.label, item).toBe(strings.checklist[item].title);
      expect(group.description, item).toContain(strings.checklist[item].text);
    }
  });

  it('keeps every review: a list of reviewer and date', () => {
    const review = factCheck.reviews!.element!.fields!;
    expect(Object.keys(review)).toEqual(['reviewer', 'date']);
  });

  it('asks each correction for its earlier and its new wording', () => {
    expect(Object.keys(factCheck.corrections!.element!.fields!)).toEqual(['date', 'text', 'before', 'after']);
  });

  it('offers every headline rule for an override', () => {
    const rule = factCheck.headline!.fields!.overrides!.element!.fields!.rule!;
    expect(rule.options!.map((option) => option.value)).toEqual(HEADLINE_RULES.map((r) => r.id));
  });

  it('stores a yes/no question as true/false and leaves an open one out', () => {
    const sponsored = factCheck.disclosure!.fields!.sponsored!;
    expect(sponsored.serialize(sponsored.parse(true)).value).toBe(true);
    expect(sponsored.serialize(sponsored.parse(false)).value).toBe(false);
    expect(sponsored.serialize(sponsored.parse(undefined)).value).toBeUndefined();
    expect(() => sponsored.parse('ja')).toThrow(strings.cms.answer.invalid(strings.post.sponsored));
  });

  it('starts new posts as drafts but reads a file without `draft` as published', () => {
    expect(post.draft!.defaultValue()).toBe(true);
    expect(post.draft!.parse(undefined)).toBe(false);
  });

  it('files new posts under the year: 2026/titel-in-kleinbuchstaben', () => {
    expect(POST_SLUG.test('2026/ein-artikel')).toBe(true);
    expect(POST_SLUG.test('ein-artikel')).toBe(false);
    expect(POST_SLUG.test('2026/../x')).toBe(false);
  });

  it('shows the checklist report in the form but never stores it', () => {
    const info = collectionInfo(config.collections.posts.schema, 'title');
    expect(post.report!.serialize(null).value).toBeUndefined();
    expect(info.fields.report!.kind).toBe('leaf');
    expect(info.fields.body).toBeUndefined();
  });
});
