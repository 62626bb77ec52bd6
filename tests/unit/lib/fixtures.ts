import type { PostSummary } from '../../../src/lib/postTypes.ts';

/** A post with sensible defaults; tests override what they are about. */
export function post(id: string, data: Partial<PostSummary['data']> = {}): PostSummary {
  return {
    id,
    data: {
      title: `Titel ${id}`,
      pubDate: new Date('2026-01-01T00:00:00Z'),
      category: 'Datenschutz',
      tags: ['DSGVO'],
      draft: false,
      author: { id: 'lena-hoffmann' },
      ...data,
    },
  };
}
