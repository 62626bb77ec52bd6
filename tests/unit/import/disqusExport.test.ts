import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disqusState, NotDisqusExport, parseDisqusExport } from '../../../functions/import/disqusExport.ts';

const fixture = readFileSync('tests/fixtures/import/disqus.xml', 'utf8');

describe('import/disqusExport', () => {
  it('reads every post with its thread link and identifier, parent and state', () => {
    const { source, comments } = parseDisqusExport(fixture);
    expect(source).toBe('disqus');
    expect(comments.map((c) => [c.sourceId, c.parentSourceId, c.state])).toEqual([
      ['9001', null, 'approved'],
      ['9002', '9001', 'approved'],
      ['9003', '9002', 'deleted'],
      ['9004', '9003', 'approved'],
      ['9005', null, 'spam'],
      ['9006', null, 'approved'],
      ['9007', null, 'approved'],
    ]);
    expect(comments[0]).toMatchObject({
      articleUrl: 'https://klartext.example/artikel/dark-patterns-einwilligung/',
      articleSlugs: ['dark-patterns'],
      authorName: 'Sabine',
      authorEmail: 'sabine@example.org',
      createdAt: '2024-03-02T09:00:00.000Z',
    });
    expect(comments[0]!.html).toMatch(/^<p>Danke/);
    expect(comments[4]).toMatchObject({ articleUrl: 'http://old.example.com/?p=30', articleSlugs: ['tiktok-kinderdaten'] });
  });

  it('reads a guest without e-mail and keeps a CR LF in the name for the cleaning later', () => {
    const guest = parseDisqusExport(fixture).comments.at(-1)!;
    expect(guest.authorEmail).toBe('');
    expect(guest.authorName).toBe('Gast\r\nSubject: gefälscht');
  });

  it('maps isDeleted, isSpam and isApproved to a state', () => {
    expect(disqusState('true', 'true', '')).toBe('deleted');
    expect(disqusState('false', 'true', '')).toBe('spam');
    expect(disqusState('false', 'false', 'false')).toBe('pending');
    expect(disqusState('false', 'false', '')).toBe('approved');
  });

  it('gives a post without a known thread no article, and one without date none', () => {
    const [post] = parseDisqusExport('<disqus><post dsq:id="1"><message>x</message><createdAt>kaputt</createdAt><thread dsq:id="404"/></post></disqus>').comments;
    expect(post).toMatchObject({ articleUrl: '', articleSlugs: [], createdAt: null });
  });

  it('refuses XML that is no Disqus export', () => {
    expect(() => parseDisqusExport('<rss><channel/></rss>')).toThrow(NotDisqusExport);
  });
});
