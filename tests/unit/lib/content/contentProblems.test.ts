import { describe, expect, it } from 'vitest';
import {
  dateProblems,
  duplicateSlugProblems,
  formatProblems,
  referenceProblems,
} from '../../../../src/lib/content/contentProblems.ts';

const file = (data: Record<string, unknown>) => ({ file: 'content/posts/2026/a.mdx', data });

describe('lib/content/contentProblems', () => {
  it('finds impossible dates, also inside lists, and names the exact field', () => {
    const problems = dateProblems(
      file({
        pubDate: '2026-01-01',
        updatedDate: '2026-02-30',
        factCheck: { sources: [{ accessed: '2026-01-01' }, { accessed: '31.01.2026' }], reviews: [{ date: '2026-13-01' }] },
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['updatedDate', 'factCheck.sources[1].accessed', 'factCheck.reviews[0].date']);
    expect(problems[0]).toMatchObject({ file: 'content/posts/2026/a.mdx', message: '„2026-02-30“ ist kein gültiges Datum.' });
  });

  it('ignores optional dates that are absent', () => {
    expect(dateProblems(file({ pubDate: '2026-01-01' }))).toEqual([]);
  });

  it('finds unknown authors and reviewers', () => {
    const problems = referenceProblems(file({ author: 'niemand', factCheck: { reviews: [{ reviewer: 'auch-niemand' }] } }), new Set(['lena']));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['author', 'Die Person „niemand“ gibt es nicht.'],
      ['factCheck.reviews[0].reviewer', 'Die Person „auch-niemand“ gibt es nicht.'],
    ]);
    expect(problems[0]!.hint).toContain('lena');
  });

  it('accepts known authors', () => {
    expect(referenceProblems(file({ author: 'lena' }), new Set(['lena']))).toEqual([]);
  });

  it('finds two files with the same address', () => {
    const problems = duplicateSlugProblems([
      { file: 'posts/2025/x.mdx', slug: 'x' },
      { file: 'posts/2026/x.mdx', slug: 'x' },
      { file: 'posts/2026/y.mdx', slug: 'y' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'posts/2026/x.mdx', message: 'Die Adresse /artikel/x/ ist schon durch posts/2025/x.mdx belegt.' });
  });

  it('formats every problem with file, field and hint', () => {
    const text = formatProblems([{ file: 'f.mdx', field: 'pubDate', message: 'kaputt', hint: 'reparieren' }]);
    expect(text).toBe('Der Inhalt enthält 1 Fehler:\n\n  f.mdx\n    pubDate: kaputt\n    Hinweis: reparieren');
  });
});
