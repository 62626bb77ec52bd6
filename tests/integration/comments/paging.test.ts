import { beforeEach, describe, expect, it } from 'vitest';
import { setCommentStatus } from '../../../functions/comments/commentStatus.ts';
import type { NewCommentRow } from '../../../functions/db/schema.ts';
import { approvedRow as row } from '../../support/commentRows.ts';
import { POST } from '../../support/commentClient.ts';
import { useSiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

type Page = { comments: Array<{ id: string; parent: string | null; createdAt: string }>; page: number; pages: number; next: string | null };

describe.each(DATABASE_KINDS)('paging the comment list on %s', (database) => {
  const server = useSiteServer({ database });
  const threads: string[] = [];
  beforeEach(async () => {
    await server.services.db.deleteFrom('comments').execute();
    server.services.cache.clear();
    threads.length = 0;
    const rows: NewCommentRow[] = [];
    for (let i = 0; i < 120; i++) {
      // Pairs of threads share a timestamp, so the id has to break the tie.
      const at = new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 2))).toISOString();
      const id = `t${String(119 - i).padStart(3, '0')}`;
      threads.push(id);
      rows.push(row(id, null, at));
      for (let r = 0; r < i % 3; r++) rows.push(row(`${id}-r${r}`, id, new Date(Date.UTC(2026, 1, 1, 0, i, r)).toISOString()));
    }
    rows.push(row('t000-r0-deep', 't000-r0', new Date(Date.UTC(2026, 2, 1)).toISOString()));
    for (let i = 0; i < rows.length; i += 50) await server.services.db.insertInto('comments').values(rows.slice(i, i + 50)).execute();
  });

  async function allPages(first: string): Promise<Page[]> {
    const pages: Page[] = [];
    for (let url: string | null = first; url; url = pages.at(-1)!.next) {
      const res = await fetch(`${server.url}${url}`);
      expect(res.status).toBe(200);
      pages.push((await res.json()) as Page);
    }
    return pages;
  }

  it.each([
    ['oldest', ''],
    ['newest', '&sort=newest'],
  ])('reaches every comment exactly once by following next (%s first), 50 threads a page', async (sort, param) => {
    const pages = await allPages(`/api/comments?post=${POST}${param}`);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.pages === 3)).toBe(true);
    const ids = pages.flatMap((page) => page.comments.map((comment) => comment.id));
    const stored = await server.services.db.selectFrom('comments').select('id').execute();
    expect(ids.toSorted()).toEqual(stored.map((r) => r.id).toSorted());
    expect(new Set(ids).size).toBe(ids.length);
    const roots = pages.map((page) => page.comments.filter((comment) => comment.parent === null).map((comment) => comment.id));
    expect(roots.map((r) => r.length)).toEqual([50, 50, 20]);
    // Equal timestamps: the smaller id first (oldest), the larger first (newest).
    const expected = threads.map((id, i) => ({ id, i })).sort((a, b) => Math.floor(a.i / 2) - Math.floor(b.i / 2) || (a.id < b.id ? -1 : 1)).map((t) => t.id);
    expect(roots.flat()).toEqual(sort === 'oldest' ? expected : expected.toReversed());
    // Replies follow their thread on the same page.
    for (const page of pages) {
      const onPage = new Set(page.comments.map((comment) => comment.id));
      for (const comment of page.comments) if (comment.parent) expect(onPage.has(comment.parent)).toBe(true);
    }
    expect(pages.at(-1)!.next).toBeNull();
  });

  it('keeps the old response shape: comments on the first page, without parameters', async () => {
    const body = (await (await fetch(`${server.url}/api/comments?post=${POST}`)).json()) as Page;
    expect(body.comments.filter((comment) => comment.parent === null)).toHaveLength(50);
    expect(body.next).toBe(`/api/comments?post=${POST}&page=2`);
    // 120 threads, 120 replies, one reply to a reply: the article's count names them all.
    expect((body as Page & { total: number }).total).toBe(241);
  });

  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=1.5', 'page'],
    ['page=999999', 'page'],
    ['sort=random', 'sort'],
  ])('refuses %s with 400 naming the field', async (query, field) => {
    const res = await fetch(`${server.url}/api/comments?post=${POST}&${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; fields: Record<string, string> };
    expect(body.code).toBe('invalid-input');
    expect(Object.keys(body.fields)).toEqual([field]);
  });

  it('drops a removed comment from every cached page at once', async () => {
    const before = await allPages(`/api/comments?post=${POST}&sort=newest`);
    await allPages(`/api/comments?post=${POST}`);
    const victim = before[2]!.comments[0]!.id;
    await setCommentStatus(server.services, victim, 'rejected');
    for (const first of [`/api/comments?post=${POST}`, `/api/comments?post=${POST}&sort=newest`]) {
      const ids = (await allPages(first)).flatMap((page) => page.comments.map((comment) => comment.id));
      expect(ids).not.toContain(victim);
    }
  });

  describe('the comments page without JavaScript', () => {
    const ids = (html: string) => [...html.matchAll(/id="kommentar-(t\d{3}(?:-r\d)?(?:-deep)?)"/g)].map((m) => m[1]);

    it('shows page n of the threads with links to the previous and next page, in the order the URL names', async () => {
      const api = await allPages(`/api/comments?post=${POST}&sort=newest`);
      const res = await fetch(`${server.url}/kommentare/${POST}/?seite=2&sortierung=neueste`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(ids(html)).toEqual(api[1]!.comments.map((comment) => comment.id));
      expect(html).toContain(`href="/kommentare/${POST}/?sortierung=neueste#kommentare" rel="prev"`);
      expect(html).toContain(`href="/kommentare/${POST}/?seite=3&amp;sortierung=neueste#kommentare" rel="next"`);
      expect(html).toContain('Seite 2 von 3');
      expect(html).toContain('241 Kommentare');
    });

    it('starts with the oldest 50 threads and has no previous page', async () => {
      const html = await (await fetch(`${server.url}/kommentare/${POST}/`)).text();
      const api = (await (await fetch(`${server.url}/api/comments?post=${POST}`)).json()) as Page;
      expect(ids(html)).toEqual(api.comments.map((comment) => comment.id));
      expect(html).not.toContain('rel="prev"');
      expect(html).toContain(`href="/kommentare/${POST}/?seite=2#kommentare" rel="next"`);
    });

    it('refuses a page number that is no number with 400', async () => {
      const res = await fetch(`${server.url}/kommentare/${POST}/?seite=zwei`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { fields: object }).fields).toHaveProperty('seite');
    });
  });
});
