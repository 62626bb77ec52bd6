import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listApprovedComments } from '../../../functions/comments/queries.ts';
import { threadComments } from '../../../src/lib/comments/commentThread.ts';
import { runScript } from '../../support/runScript.ts';
import { TEST_SECRET } from '../../support/siteServer.ts';
import { createTestDatabase, DATABASE_KINDS, useOpenDatabase } from '../../support/testDatabase.ts';

const WORDPRESS = 'tests/fixtures/import/wordpress.xml';
const DISQUS = 'tests/fixtures/import/disqus.xml';
const SITE_URL = 'https://klartext.example';

/** A built site as far as the import needs one: the catalog of published posts. */
function siteWithPosts(dir: string): string {
  const siteDir = join(dir, 'site');
  mkdirSync(siteDir, { recursive: true });
  const posts = [
    { id: 'dark-patterns-einwilligung', title: 'Dark Patterns bei der Einwilligung' },
    { id: 'tiktok-kinderdaten', title: 'TikTok und Kinderdaten' },
  ];
  writeFileSync(join(siteDir, 'comment-posts.json'), JSON.stringify({ posts }));
  return siteDir;
}

describe.each(DATABASE_KINDS)('npm run import -- --from wordpress|disqus on %s', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'klartext-import-'));
  const siteDir = siteWithPosts(dir);
  const open = useOpenDatabase(kind, { migrate: false });
  const env = (url = open.url) => ({ DATABASE_URL: url, SECRET: TEST_SECRET, SITE_DIR: siteDir, DATA_DIR: dir, SITE_URL });
  const rows = () => open.db.selectFrom('comments').selectAll().orderBy('created_at').execute();
  const byText = async (start: string) => (await rows()).find((row) => row.body_source.startsWith(start));

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('a dry run reports what it would import and stores nothing', async () => {
    const res = await runScript('import', ['--from', 'disqus', DISQUS, '--dry-run'], env());
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Probelauf: nichts wurde gespeichert.');
    expect(res.stdout).toContain('Zu importieren: 5 Kommentare (4 freigeschaltet, 1 Spam)');
    expect(await rows()).toEqual([]);
  });

  it('brings WordPress comments over: statuses, threads, clean text, no IP address', async () => {
    const res = await runScript('import', ['--from', 'wordpress', WORDPRESS], env());
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout.split('\n').slice(0, 4)).toEqual([
      `Import aus WordPress: ${WORDPRESS}`,
      'Importiert: 7 Kommentare (5 freigeschaltet, 1 zur Freigabe, 1 Spam)',
      'Schon vorhanden: 0 Kommentare',
      'Übersprungen: 3 Kommentare (1 im Papierkorb oder gelöscht, 1 Pingback, Trackback oder anderer Typ, 1 Artikel nicht gefunden)',
    ]);
    expect(res.stdout).toContain(`${WORDPRESS}: Kommentar 201, https://alt.example.org/2019/05/alter-artikel/ – Artikel nicht gefunden`);

    const stored = await rows();
    expect(stored).toHaveLength(7);
    const anna = (await byText('Guter Überblick'))!;
    const jonas = (await byText('Stimmt.'))!;
    const answer = (await byText('> zu viele'))!;
    expect(anna).toMatchObject({ post_slug: 'dark-patterns-einwilligung', status: 'approved', parent_id: null, author_email: 'anna.becker@example.org', created_at: '2024-03-02T09:15:00.000Z' });
    expect(jonas.parent_id).toBe(anna.id);
    expect(answer.parent_id).toBe(jonas.id);
    expect(anna.body_html).toContain('<a href="https://www.edpb.europa.eu/" rel="nofollow ugc noopener">Leitlinien des EDSA</a>');
    expect(jonas.body_source).toBe('Stimmt. Aber 2\\*3 Klicks bis zum Ablehnen sind immer noch zu viele.\n\nZweiter Absatz mit Nachdruck.');
    expect(jonas.body_html).toBe('<p>Stimmt. Aber 2*3 Klicks bis zum Ablehnen sind immer noch zu viele.</p>\n<p>Zweiter Absatz mit Nachdruck.</p>');
    // The reply to the trashed comment stands on its own.
    expect((await byText('Begründen'))!.parent_id).toBeNull();
    expect((await byText('[Jetzt kaufen](http://spam.example/kaufen)'))!.status).toBe('spam');
    expect(await byText('Alles Quatsch')).toBeUndefined();
    expect(stored.some((row) => row.author_name.startsWith('Anderes Blog'))).toBe(false);
    const pending = (await byText('Wartet noch'))!;
    expect(pending).toMatchObject({ status: 'pending', author_name: 'Max Mustermann Bcc: alle@example.org', author_url: null, spam_reasons: '["import-wordpress"]' });
    expect((await byText('5,7 Millionen'))!).toMatchObject({ post_slug: 'tiktok-kinderdaten', author_name: 'Tom & Jerry', created_at: '2024-04-01T12:00:00.000Z' });
    for (const row of stored) {
      expect(row).toMatchObject({ ip_hash: null, user_agent: null });
      expect(Number(row.notify)).toBe(0);
      expect(row.body_html).not.toMatch(/<script|onclick|javascript:/i);
      expect(row.author_name).not.toMatch(/[\r\n]/);
    }
    expect(JSON.stringify(stored)).not.toMatch(/203\.0\.113|2001:db8|192\.0\.2\./);

    // Readers see the thread: the approved comments of the article, the reply chain in one thread.
    const threads = threadComments(await listApprovedComments(open.db, 'dark-patterns-einwilligung'));
    expect(threads.map((thread) => [thread.comment.name, thread.replies.map((reply) => reply.name)])).toEqual([
      ['Anna Becker', ['Jonas K.', 'Anna Becker']],
      ['Lena', []],
    ]);
  });

  it('adds nothing when the same file is imported again, and a comment deleted here stays deleted', async () => {
    const pending = (await byText('Wartet noch'))!;
    await open.db.deleteFrom('comments').where('id', '=', pending.id).execute();
    const res = await runScript('import', ['--from', 'wordpress', WORDPRESS], env());
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Importiert: 0 Kommentare\nSchon vorhanden: 7 Kommentare (7 aus einem früheren Import)');
    expect(await rows()).toHaveLength(6);
  });

  it('brings Disqus comments over; a reply to a deleted comment joins the thread above it', async () => {
    const res = await runScript('import', ['--from', 'disqus', DISQUS], env());
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('Importiert: 5 Kommentare (4 freigeschaltet, 1 Spam)');
    expect(res.stdout).toContain('Übersprungen: 2 Kommentare (1 im Papierkorb oder gelöscht, 1 Artikel nicht gefunden)');
    expect(res.stdout).toContain(`${DISQUS}: Kommentar 9006, https://old.example.com/blog/2018/unbekannt.html – Artikel nicht gefunden`);
    const sabine = (await byText('Danke für den Artikel'))!;
    const ali = (await byText('Sehe ich genauso'))!;
    expect(sabine.body_source).toBe('Danke für den Artikel! [noyb](https://noyb.eu/de) hat dazu Beschwerden eingereicht.\n\nZweiter Absatz\nmit Zeilenumbruch & Entity.');
    expect(ali.parent_id).toBe(sabine.id);
    expect((await byText('Antwort auf einen gelöschten'))!.parent_id).toBe(ali.id);
    expect(await byText('Gelöschter Beitrag')).toBeUndefined();
    expect((await byText('Günstige'))!).toMatchObject({ status: 'spam', post_slug: 'tiktok-kinderdaten' });
    expect((await byText('Als Gast'))!).toMatchObject({ author_name: 'Gast Subject: gefälscht', author_email: '', post_slug: 'tiktok-kinderdaten' });
    expect(await rows()).toHaveLength(11);
    expect(await open.db.selectFrom('comment_sources').select('source').where('source', '=', 'disqus').execute()).toHaveLength(5);
  });

  it('keeps what was imported through a backup: after export and import, importing the exports again adds nothing', async () => {
    const backup = join(dir, 'sicherung.json');
    expect((await runScript('export', [backup], env())).code).toBe(0);
    const target = await createTestDatabase(kind);
    try {
      const restored = await runScript('import', [backup], env(target.url));
      expect(restored.stderr).toBe('');
      expect(restored.stdout).toContain('11 Kommentare importiert');
      for (const [source, file] of [['wordpress', WORDPRESS], ['disqus', DISQUS]]) {
        const again = await runScript('import', ['--from', source!, file!], env(target.url));
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('Importiert: 0 Kommentare');
      }
    } finally {
      await target.drop();
    }
  });
});

describe('npm run import -- --from: files and settings it refuses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klartext-import-refused-'));
  const siteDir = siteWithPosts(dir);
  const env = { DATABASE_URL: `file:${join(dir, 'kommentare.db')}`, SECRET: TEST_SECRET, SITE_DIR: siteDir, DATA_DIR: dir, SITE_URL };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const refused = async (args: string[], extraEnv: Record<string, string> = {}) => {
    const res = await runScript('import', args, { ...env, ...extraEnv });
    expect(res.code, res.stdout).toBe(1);
    expect(res.stdout).toBe('');
    return res.stderr;
  };

  it('refuses a DOCTYPE (entity expansion) before reading anything else', async () => {
    const bomb = join(dir, 'bombe.xml');
    writeFileSync(bomb, `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<rss><channel><title>&b;</title></channel></rss>`);
    expect(await refused(['--from', 'wordpress', bomb])).toContain('DOCTYPE');
  });

  it('refuses an export of the other kind, broken XML, a missing or too large file', async () => {
    expect(await refused(['--from', 'disqus', WORDPRESS])).toContain('ist kein Disqus-Export');
    expect(await refused(['--from', 'wordpress', DISQUS])).toContain('ist kein WordPress-Export');
    const broken = join(dir, 'kaputt.xml');
    writeFileSync(broken, '<disqus>\n<post dsq:id="1">\n</disqus>');
    expect(await refused(['--from', 'disqus', broken])).toMatch(/kaputt\.xml ist kein gültiges XML \(Zeile 3\)/);
    expect(await refused(['--from', 'disqus', join(dir, 'fehlt.xml')])).toContain('fehlt.xml kann nicht gelesen werden');
    const huge = join(dir, 'riesig.xml');
    writeFileSync(huge, '');
    truncateSync(huge, 101 * 1024 * 1024);
    expect(await refused(['--from', 'disqus', huge])).toContain('ist größer als 100 MB');
  });

  it('needs the list of published posts from a built site', async () => {
    expect(await refused(['--from', 'wordpress', WORDPRESS], { SITE_DIR: join(dir, 'nicht-gebaut') })).toContain('Die Artikelliste');
  });

  it('explains how to call it', async () => {
    for (const args of [['--from', 'blogger', WORDPRESS], ['--from', 'wordpress'], ['--dry-run', 'sicherung.json'], ['--from', 'disqus', DISQUS, 'noch-eine.xml'], []]) {
      expect(await refused(args)).toContain('npm run import -- --from wordpress|disqus <export.xml>');
    }
  });
});
