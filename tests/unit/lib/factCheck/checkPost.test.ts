import { describe, expect, it } from 'vitest';
import { checkPost, formatGateFailure, postStatus } from '../../../../src/lib/factCheck/checkPost.ts';
import { completePost } from './fixtures.ts';

const now = new Date('2025-07-01');

describe('lib/factCheck/checkPost', () => {
  it('tells drafts, scheduled and published posts apart', () => {
    expect(postStatus({ draft: true, pubDate: new Date('2025-01-01') }, now)).toBe('draft');
    expect(postStatus({ draft: false, pubDate: new Date('2025-08-01') }, now)).toBe('scheduled');
    expect(postStatus({ draft: false, pubDate: new Date('2025-06-01') }, now)).toBe('published');
  });

  it('reports all nine items done for a complete post, and does not block the build', () => {
    const report = checkPost(completePost(), { now });
    expect(report.items.map((i) => i.item)).toHaveLength(9);
    expect(report).toMatchObject({ done: 9, blocksBuild: false, status: 'published' });
  });

  it('blocks a published or scheduled post with a gap, never a draft', () => {
    const gap = { reviews: undefined };
    expect(checkPost(completePost({}, gap), { now }).blocksBuild).toBe(true);
    expect(checkPost(completePost({ pubDate: new Date('2025-09-01') }, gap), { now }).blocksBuild).toBe(true);
    expect(checkPost(completePost({ draft: true }, gap), { now }).blocksBuild).toBe(false);
  });

  it('marks every item open when the fact-check block is missing', () => {
    const report = checkPost(completePost({ factCheck: undefined }), { now });
    expect(report.done).toBe(0);
    expect(report.items[0]!.problems[0]!.message).toBe('Der Block „factCheck“ fehlt.');
  });

  it('writes one gate message per problem, naming file, item and what to do', () => {
    const message = formatGateFailure([checkPost(completePost({}, { reviews: undefined, disclosure: undefined }), { now })]);
    expect(message).toContain('content/posts/2025/musically.mdx\n    Offenlegung: Die Offenlegung fehlt.\n    Hinweis: Trage unter factCheck.disclosure');
    expect(message).toContain('content/posts/2025/musically.mdx\n    Vier-Augen-Prüfung: Die Vier-Augen-Prüfung ist nicht dokumentiert.');
    expect(formatGateFailure([checkPost(completePost(), { now })])).toBeNull();
  });
});
