import { beforeEach, describe, expect, it } from 'vitest';
import { setCommentStatus } from '../../../functions/comments/commentStatus.ts';
import { OTHER_POST, POST } from '../../support/commentClient.ts';
import { approvedRow } from '../../support/commentRows.ts';
import { useSiteServer } from '../../support/siteServer.ts';
import { DATABASE_KINDS } from '../../support/testDatabase.ts';

describe.each(DATABASE_KINDS)('comment feeds on %s', (database) => {
  const server = useSiteServer({ database });
  beforeEach(async () => {
    await server.services.db.deleteFrom('comments').execute();
    server.services.cache.clear();
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
    const rows = Array.from({ length: 60 }, (_, i) => approvedRow(`c${String(i).padStart(2, '0')}`, null, at(i)));
    rows.push({ ...approvedRow('waiting', null, at(100)), status: 'pending' });
    rows.push({ ...approvedRow('xss', null, at(90)), author_name: '<script>alert("n")</script> & Co', body_html: '<p>a &lt;b&gt; &amp; <em>c</em></p>' });
    rows.push(approvedRow('elsewhere', null, at(95), OTHER_POST));
    await server.services.db.insertInto('comments').values(rows).execute();
  });

  const get = (path: string) => fetch(`${server.url}${path}`);
  const entryIds = (xml: string) => [...xml.matchAll(/#kommentar-([^<]+)<\/id>/g)].map((m) => m[1]);

  it('serves the article feed as Atom: the newest 50 published comments, newest first', async () => {
    const res = await get(`/kommentare/${POST}/feed.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const ids = entryIds(xml);
    expect(ids).toHaveLength(50);
    expect(ids.slice(0, 3)).toEqual(['xss', 'c59', 'c58']);
    expect(ids).not.toContain('waiting');
    expect(ids).not.toContain('elsewhere');
    expect(xml).toContain('<updated>2026-01-01T01:30:00.000Z</updated>');
  });

  it('escapes names and bodies, so no markup of a reader reaches the feed as markup', async () => {
    const xml = await (await get(`/kommentare/${POST}/feed.xml`)).text();
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<name>&lt;script&gt;alert(&quot;n&quot;)&lt;/script&gt; &amp; Co</name>');
    expect(xml).toContain('<content type="html">&lt;p&gt;a &amp;lt;b&amp;gt; &amp;amp; &lt;em&gt;c&lt;/em&gt;&lt;/p&gt;</content>');
  });

  it('serves the site feed with comments of every article', async () => {
    const res = await get('/kommentare.xml');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const ids = entryIds(await res.text());
    expect(ids.slice(0, 3)).toEqual(['elsewhere', 'xss', 'c59']);
    expect(ids).toHaveLength(50);
  });

  it('drops a removed comment on the next fetch', async () => {
    expect(entryIds(await (await get('/kommentare.xml')).text())).toContain('c59');
    await setCommentStatus(server.services, 'c59', 'rejected');
    expect(entryIds(await (await get('/kommentare.xml')).text())).not.toContain('c59');
    expect(entryIds(await (await get(`/kommentare/${POST}/feed.xml`)).text())).not.toContain('c59');
  });

  it.each([`/kommentare/${POST}/`, `/artikel/${POST}/`])('links the article’s feed from %s', async (path) => {
    const html = await (await get(path)).text();
    expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="/kommentare/${POST}/feed.xml"`));
  });
});
