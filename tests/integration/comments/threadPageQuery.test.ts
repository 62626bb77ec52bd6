import { describe, expect, it } from 'vitest';
import { listApprovedComments } from '../../../functions/comments/queries.ts';
import { pageThreads } from '../../../functions/comments/pageThreads.ts';
import { pageApprovedThreads } from '../../../functions/comments/threadPageQuery.ts';
import { approvedRow } from '../../support/commentRows.ts';
import { DATABASE_KINDS, useOpenDatabase } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('cutting a page of threads in the database on %s', (kind) => {
  const database = useOpenDatabase(kind);

  it('gives the same pages as cutting the whole list in memory, with orphaned replies, other posts and other statuses', async () => {
    const rows = [];
    for (let i = 0; i < 23; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 3))).toISOString();
      rows.push(approvedRow(`a${i}`, null, at));
      if (i % 2) rows.push(approvedRow(`a${i}-r`, `a${i}`, new Date(Date.UTC(2026, 1, 1, i)).toISOString()));
      if (i % 4 === 0) rows.push(approvedRow(`a${i}-r-r`, i % 2 ? `a${i}-r` : `a${i}`, new Date(Date.UTC(2026, 2, 1, i)).toISOString()));
    }
    // A held-back reply makes its own reply a thread of its own; another post's comments stay out.
    rows.push({ ...approvedRow('held', 'a3', '2026-03-05T00:00:00.000Z'), status: 'pending' as const });
    rows.push(approvedRow('orphan', 'held', '2026-03-06T00:00:00.000Z'));
    rows.push(approvedRow('elsewhere', null, '2026-01-01T00:00:00.000Z', 'anderer-artikel'));
    await database.db.insertInto('comments').values(rows).execute();
    const all = await listApprovedComments(database.db, rows[0]!.post_slug);
    for (const sort of ['oldest', 'newest'] as const) {
      for (const page of [1, 2, 3, 4, 5]) {
        const expected = pageThreads(all, page, sort, 5);
        const actual = await pageApprovedThreads(database.db, rows[0]!.post_slug, page, sort, 5);
        expect(actual).toEqual({ ...expected, total: all.length });
      }
    }
    expect((await pageApprovedThreads(database.db, rows[0]!.post_slug, 1, 'oldest', 5)).pages).toBe(5);
  });

  it('answers an empty first page for a post without comments', async () => {
    expect(await pageApprovedThreads(database.db, 'ohne-kommentare', 1, 'oldest')).toEqual({ comments: [], page: 1, pages: 1, total: 0 });
  });
});
