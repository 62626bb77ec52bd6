import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NotWordpressExport, parseWordpressExport, wordpressDate, wordpressState } from '../../../functions/import/wordpressExport.ts';

const fixture = readFileSync('tests/fixtures/import/wordpress.xml', 'utf8');

describe('import/wordpressExport', () => {
  it('reads every comment of every item with its article, parent and state', () => {
    const { source, comments } = parseWordpressExport(fixture);
    expect(source).toBe('wordpress');
    expect(comments.map((c) => [c.displayId, c.state, c.parentSourceId])).toEqual([
      ['101', 'approved', null],
      ['102', 'approved', 'alt.example.org#101'],
      ['103', 'approved', 'alt.example.org#102'],
      ['104', 'spam', null],
      ['105', 'deleted', null],
      ['106', 'approved', 'alt.example.org#105'],
      ['107', 'not-a-comment', null],
      ['108', 'pending', null],
      ['201', 'approved', null],
      ['301', 'approved', null],
    ]);
    expect(comments[0]).toMatchObject({
      sourceId: 'alt.example.org#101',
      articleUrl: 'https://alt.example.org/2024/03/dark-patterns-einwilligung/',
      articleSlugs: ['dark-patterns-einwilligung'],
      authorName: 'Anna Becker',
      authorEmail: 'Anna.Becker@Example.org',
      authorUrl: 'https://anna.example.org',
      createdAt: '2024-03-02T09:15:00.000Z',
    });
    expect(comments[0]!.html).toContain('<script>');
  });

  it('decodes names WordPress stored HTML-escaped and keeps a CR LF for the cleaning later', () => {
    const byId = new Map(parseWordpressExport(fixture).comments.map((c) => [c.displayId, c]));
    expect(byId.get('301')!.authorName).toBe('Tom & Jerry');
    expect(byId.get('108')!.authorName).toBe('Max Mustermann\r\nBcc: alle@example.org');
  });

  it('falls back to the local date when the GMT date is zero', () => {
    expect(parseWordpressExport(fixture).comments.find((c) => c.displayId === '301')!.createdAt).toBe('2024-04-01T12:00:00.000Z');
    expect(wordpressDate('0000-00-00 00:00:00')).toBeNull();
    expect(wordpressDate('gestern')).toBeNull();
  });

  it('maps comment_approved and comment_type to a state', () => {
    expect(wordpressState('1', '')).toBe('approved');
    expect(wordpressState('0', 'comment')).toBe('pending');
    expect(wordpressState('spam', '')).toBe('spam');
    expect(wordpressState('trash', '')).toBe('deleted');
    expect(wordpressState('post-trashed', '')).toBe('deleted');
    expect(wordpressState('1', 'pingback')).toBe('not-a-comment');
    expect(wordpressState('1', 'trackback')).toBe('not-a-comment');
    expect(wordpressState('1', 'order_note')).toBe('not-a-comment');
  });

  it('keeps two blogs apart: the site is part of the source id', () => {
    const other = fixture.replaceAll('https://alt.example.org</wp:base', 'http://zweites.example.org/blog/</wp:base');
    expect(parseWordpressExport(other).comments[0]!.sourceId).toBe('zweites.example.org/blog#101');
  });

  it('refuses XML that is no WordPress export', () => {
    expect(() => parseWordpressExport('<disqus><thread/></disqus>')).toThrow(NotWordpressExport);
  });
});
