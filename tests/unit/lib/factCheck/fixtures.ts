import type { PostToCheck } from '../../../../src/lib/factCheck/postToCheck.ts';

type Data = Record<string, unknown>;

/** A post in which every checklist item is complete; tests break one thing at a time. */
export function completePost(overrides: Partial<PostToCheck> = {}, factCheck: Data = {}): PostToCheck {
  return {
    id: 'musically',
    file: 'content/posts/2025/musically.mdx',
    title: 'FTC: Musical.ly zahlt 5,7 Millionen Dollar',
    lead: 'Die US-Behörde FTC und Musical.ly einigen sich wegen Kinderdaten.',
    bodyText: 'Die FTC einigte sich 2019 mit Musical.ly auf eine Zahlung von 5.7 Mio. US-Dollar wegen Kinderdaten.',
    bodyImages: [],
    tags: ['Kinderdaten'],
    category: 'Datenschutz',
    author: 'deniz-yilmaz',
    draft: false,
    pubDate: new Date('2025-06-03'),
    factCheck: {
      sources: [
        { id: 'ftc', title: 'Pressemitteilung', url: 'https://www.ftc.gov/x', publisher: 'FTC', accessed: '2025-06-01', primary: true },
      ],
      claims: [{ claim: 'Musical.ly zahlte 5,7 Millionen US-Dollar.', source: 'ftc', verified: true }],
      headline: { overrides: [] },
      images: [],
      disclosure: { sponsored: false, conflicts: 'keine' },
      minors: { concernsMinors: false, namesPrivatePersons: false },
      rightOfReply: { criticised: [], requests: [] },
      reviews: [{ reviewer: 'jonas-becker', date: '2025-06-02' }],
      corrections: [],
      ...factCheck,
    },
    ...overrides,
  };
}
