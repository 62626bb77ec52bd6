import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDisqusExport } from '../../../functions/import/disqusExport.ts';
import type { ForeignComment, ForeignExport } from '../../../functions/import/foreignComment.ts';
import { importedEmail, importedName, importedUrl, planImport, prepareImport, type ExistingComments } from '../../../functions/import/planImport.ts';
import { parseWordpressExport } from '../../../functions/import/wordpressExport.ts';

const context = {
  posts: new Set(['dark-patterns-einwilligung', 'tiktok-kinderdaten']),
  siteUrl: 'https://klartext.example',
  now: new Date('2026-11-25T12:00:00Z'),
  fingerprint: (post: string, email: string, body: string) => `${post}|${email}|${body}`,
};
const nothing: ExistingComments = { bySource: new Map(), byFingerprint: new Map() };
const counter = () => {
  let n = 0;
  return () => `neu${++n}`;
};
const wordpress = parseWordpressExport(readFileSync('tests/fixtures/import/wordpress.xml', 'utf8'));
const disqus = parseDisqusExport(readFileSync('tests/fixtures/import/disqus.xml', 'utf8'));

function comment(id: string, parent: string | null, extra: Partial<ForeignComment> = {}): ForeignComment {
  return {
    sourceId: id,
    displayId: id,
    parentSourceId: parent,
    articleUrl: 'https://klartext.example/artikel/tiktok-kinderdaten/',
    articleSlugs: [],
    authorName: 'Eva',
    authorEmail: 'eva@example.org',
    authorUrl: '',
    html: `Text ${id}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    state: 'approved',
    ...extra,
  };
}
const exportOf = (comments: ForeignComment[]): ForeignExport => ({ source: 'disqus', comments });

describe('import/planImport prepareImport', () => {
  it('skips trash, pingbacks and comments on articles we do not have, each with its reason', () => {
    const prepared = prepareImport(wordpress, context, 'Anonym');
    expect(prepared.skipped.map((s) => [s.comment.displayId, s.reason])).toEqual([
      ['105', 'deleted'],
      ['107', 'not-a-comment'],
      ['201', 'unknown-article'],
    ]);
    expect(prepared.candidates.map((c) => [c.comment.displayId, c.row.post_slug, c.row.status])).toEqual([
      ['101', 'dark-patterns-einwilligung', 'approved'],
      ['102', 'dark-patterns-einwilligung', 'approved'],
      ['103', 'dark-patterns-einwilligung', 'approved'],
      ['104', 'dark-patterns-einwilligung', 'spam'],
      ['106', 'dark-patterns-einwilligung', 'approved'],
      ['108', 'dark-patterns-einwilligung', 'pending'],
      ['301', 'tiktok-kinderdaten', 'approved'],
    ]);
  });

  it('stores the text through our pipeline: no script, no event handler, links as our links', () => {
    const first = prepareImport(wordpress, context, 'Anonym').candidates[0]!.row;
    expect(first.body_source).toBe(
      'Guter Überblick! Die [Leitlinien des EDSA](https://www.edpb.europa.eu/) sagen dasselbe.\n\nEin Ablehnen-Knopf muss „gleich prominent“ sein & nicht versteckt.',
    );
    expect(first.body_html).toBe(
      '<p>Guter Überblick! Die <a href="https://www.edpb.europa.eu/" rel="nofollow ugc noopener">Leitlinien des EDSA</a> sagen dasselbe.</p>\n<p>Ein Ablehnen-Knopf muss „gleich prominent“ sein &amp; nicht versteckt.</p>',
    );
    for (const { row } of [...prepareImport(wordpress, context, 'Anonym').candidates, ...prepareImport(disqus, context, 'Anonym').candidates]) {
      expect(row.body_html).not.toMatch(/<script|onclick|onerror|javascript:/i);
    }
  });

  it('keeps no IP address, no user agent and asks for no notification', () => {
    for (const { row } of prepareImport(wordpress, context, 'Anonym').candidates) {
      expect(row).toMatchObject({ ip_hash: null, user_agent: null, notify: 0 });
      expect(JSON.stringify(row)).not.toMatch(/203\.0\.113|2001:db8|192\.0\.2/);
    }
  });

  it('counts comments published on the old blog as announced, so subscribers never hear of them', () => {
    const rows = prepareImport(wordpress, context, 'Anonym').candidates.map((c) => c.row);
    expect(rows.filter((row) => row.status === 'approved').every((row) => row.notified_at !== null)).toBe(true);
    expect(rows.filter((row) => row.status !== 'approved').every((row) => row.notified_at === null)).toBe(true);
    expect(rows.some((row) => row.status === 'approved') && rows.some((row) => row.status !== 'approved')).toBe(true);
  });

  it('cleans names, e-mail addresses and websites like a reader form would', () => {
    const rows = new Map(prepareImport(wordpress, context, 'Anonym').candidates.map((c) => [c.comment.displayId, c.row]));
    expect(rows.get('108')).toMatchObject({ author_name: 'Max Mustermann Bcc: alle@example.org', author_url: null, spam_reasons: '["import-wordpress"]' });
    expect(rows.get('101')).toMatchObject({ author_email: 'anna.becker@example.org', author_url: 'https://anna.example.org/', spam_reasons: '[]' });
    expect(rows.get('301')).toMatchObject({ author_name: 'Tom & Jerry', author_url: 'https://www.tj.example/' });
    const guest = prepareImport(disqus, context, 'Anonym').candidates.find((c) => c.comment.sourceId === '9007')!.row;
    expect(guest).toMatchObject({ author_name: 'Gast Subject: gefälscht', author_email: '' });
  });

  it('skips a comment without id, a second one with the same id, one without date and one without text', () => {
    const prepared = prepareImport(
      exportOf([comment('', null), comment('1', null), comment('1', null), comment('2', null, { createdAt: null }), comment('3', null, { html: '<script>x</script>' })]),
      context,
      'Anonym',
    );
    expect(prepared.skipped.map((s) => s.reason)).toEqual(['no-id', 'duplicate-id', 'invalid-date', 'empty']);
    expect(prepared.candidates.map((c) => c.comment.sourceId)).toEqual(['1']);
  });

  it('names a commenter without name with the given word', () => {
    expect(prepareImport(exportOf([comment('1', null, { authorName: ' \r\n ' })]), context, 'Anonym').candidates[0]!.row.author_name).toBe('Anonym');
  });
});

describe('import/planImport field cleaning', () => {
  it('makes a name one line without controls or bidi overrides, at most 100 characters', () => {
    expect(importedName('Max\r\nBcc: x@example.org')).toBe('Max Bcc: x@example.org');
    expect(importedName('a\u202Eb\u0000c')).toBe('a b c');
    expect([...importedName('ä'.repeat(150))].length).toBe(100);
  });

  it('accepts only valid e-mail addresses and http(s) websites', () => {
    expect(importedEmail(' Eva@Example.ORG ')).toBe('eva@example.org');
    expect(importedEmail('keine-adresse')).toBe('');
    expect(importedUrl('javascript:alert(1)')).toBeNull();
    expect(importedUrl('http://')).toBeNull();
    expect(importedUrl('blog.example')).toBe('https://blog.example/');
  });
});

describe('import/planImport planImport', () => {
  it('links replies to the new ids and puts parents first', () => {
    const plan = planImport(prepareImport(exportOf([comment('3', '2'), comment('2', '1'), comment('1', null)]), context, 'Anonym'), nothing, counter());
    expect(plan.insert.map((row) => [row.body_source, row.id, row.parent_id])).toEqual([
      ['Text 1', 'neu3', null],
      ['Text 2', 'neu2', 'neu3'],
      ['Text 3', 'neu1', 'neu2'],
    ]);
    expect(plan.remember).toEqual([
      { source_id: '3', comment_id: 'neu1' },
      { source_id: '2', comment_id: 'neu2' },
      { source_id: '1', comment_id: 'neu3' },
    ]);
  });

  it('gives a reply to a deleted comment the nearest ancestor that stays, else none', () => {
    const plan = planImport(prepareImport(disqus, context, 'Anonym'), nothing, counter());
    const byText = new Map(plan.insert.map((row) => [row.body_source.slice(0, 20), row]));
    const ali = byText.get('Sehe ich genauso, ab')!;
    expect(byText.get('Antwort auf einen ge')!.parent_id).toBe(ali.id);
    const wp = planImport(prepareImport(wordpress, context, 'Anonym'), nothing, counter());
    expect(wp.insert.find((row) => row.body_source.startsWith('Begründen'))!.parent_id).toBeNull();
  });

  it('orders the rows oldest first, whatever the order of the file', () => {
    const plan = planImport(prepareImport(exportOf([comment('b', null, { createdAt: '2024-02-01T00:00:00.000Z' }), comment('a', null)]), context, 'Anonym'), nothing, counter());
    expect(plan.insert.map((row) => row.body_source)).toEqual(['Text a', 'Text b']);
  });

  it('adds nothing for comments imported before, and links new replies to them', () => {
    const existing: ExistingComments = { bySource: new Map([['1', 'alt1']]), byFingerprint: new Map() };
    const plan = planImport(prepareImport(exportOf([comment('1', null), comment('2', '1')]), context, 'Anonym'), existing, counter());
    expect(plan.present.map((p) => [p.comment.sourceId, p.why])).toEqual([['1', 'source']]);
    expect(plan.insert.map((row) => [row.body_source, row.parent_id])).toEqual([['Text 2', 'alt1']]);
  });

  it('does not bring back a comment deleted here since the last import', () => {
    const existing: ExistingComments = { bySource: new Map([['1', null]]), byFingerprint: new Map() };
    const plan = planImport(prepareImport(exportOf([comment('1', null), comment('2', '1')]), context, 'Anonym'), existing, counter());
    expect(plan.present).toHaveLength(1);
    expect(plan.insert.map((row) => [row.body_source, row.parent_id])).toEqual([['Text 2', null]]);
  });

  it('recognises the same post, e-mail and text as already stored, and remembers the source id for it', () => {
    const prepared = prepareImport(exportOf([comment('1', null), comment('2', null, { html: 'Text 1' }), comment('3', '2')]), context, 'Anonym');
    const existing: ExistingComments = { bySource: new Map(), byFingerprint: new Map([['tiktok-kinderdaten|eva@example.org|Text 1', 'hier1']]) };
    const plan = planImport(prepared, existing, counter());
    expect(plan.present.map((p) => [p.comment.sourceId, p.why])).toEqual([
      ['1', 'same-text'],
      ['2', 'same-text'],
    ]);
    expect(plan.insert.map((row) => [row.body_source, row.parent_id])).toEqual([['Text 3', 'hier1']]);
    expect(plan.remember).toContainEqual({ source_id: '2', comment_id: 'hier1' });
  });

  it('breaks a cycle of parents instead of failing', () => {
    const plan = planImport(prepareImport(exportOf([comment('1', '2'), comment('2', '1', { createdAt: '2024-02-01T00:00:00.000Z' })]), context, 'Anonym'), nothing, counter());
    const [first, second] = plan.insert;
    expect(first!.parent_id).toBeNull();
    expect(second!.parent_id).toBe(first!.id);
  });
});
