import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../../functions/db/openDatabase.ts';
import { POST, postComment, validComment } from '../../support/commentClient.ts';
import { createModerator, login, moderatorFetch } from '../../support/moderatorClient.ts';
import { runScript } from '../../support/runScript.ts';
import { startSiteServer, TEST_SECRET, type SiteServer } from '../../support/siteServer.ts';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase.ts';

describe('backup: npm run export → npm run import into an empty PostgreSQL database', () => {
  let server: SiteServer;
  let target: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'klartext-backup-'));

  beforeAll(async () => {
    server = await startSiteServer(inject('siteDir'), { env: { COMMENT_AUTO_APPROVE: 'never' } });
    target = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await server?.close();
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = (databaseUrl: string) => ({ DATABASE_URL: databaseUrl, SECRET: TEST_SECRET, SITE_DIR: inject('siteDir'), DATA_DIR: dir });

  it('restores identical comments: statuses, threads, placeholders, umlauts and all columns', async () => {
    const session = await login(server, await createModerator(server));
    const ids: string[] = [];
    for (const body of ['Erster Kommentar über Überwachung „mit Anführungszeichen“.', 'Zweiter 🙂', 'Dritter, wird Spam.']) {
      ids.push(((await (await postComment(server, validComment({ body, notify: true }))).json()) as { id: string }).id);
    }
    await moderatorFetch(server, session, `/api/moderation/comments/${ids[0]}/approve`, { method: 'POST' });
    await moderatorFetch(server, session, `/api/moderation/comments/${ids[1]}/reject`, { method: 'POST', body: { reason: 'off-topic' } });
    await moderatorFetch(server, session, `/api/moderation/comments/${ids[2]}/spam`, { method: 'POST' });
    const reply = ((await (await postComment(server, validComment({ parent: ids[0], body: 'Antwort.' }))).json()) as { id: string }).id;
    await moderatorFetch(server, session, `/api/moderation/comments/${reply}/approve`, { method: 'POST' });
    await moderatorFetch(server, session, `/api/moderation/comments/${ids[0]}`, { method: 'DELETE' });

    const file = join(dir, 'sicherung.json');
    const exported = await runScript('export', [file], env(server.services.config.databaseUrl));
    expect(exported.code).toBe(0);
    const imported = await runScript('import', [file], env(target.url));
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('4 Kommentare importiert');

    const source = await server.services.db.selectFrom('comments').selectAll().orderBy('id').execute();
    const restored = await openDatabase(target.url);
    try {
      const rows = await restored.db.selectFrom('comments').selectAll().orderBy('id').execute();
      // The spam filter's assessments are not restored: the restored decisions teach the filter anew at the next start.
      expect(rows.map((row) => ({ ...row, notify: Number(row.notify) }))).toEqual(source.map((row) => ({ ...row, notify: Number(row.notify), spam_assessment: null })));
      expect(rows.find((row) => row.id === reply)!.parent_id).toBe(ids[0]);
      expect(rows.find((row) => row.id === ids[0])!.body_html).toBe('<p>Kommentar gelöscht</p>');
    } finally {
      await restored.db.destroy();
    }

    // Only into an empty database; a second import changes nothing.
    const again = await runScript('import', [file], env(target.url));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('schon Kommentare');
  });

  it('refuses a file that is not a backup, naming what is wrong', async () => {
    const file = join(dir, 'kaputt.json');
    writeFileSync(file, JSON.stringify({ format: 'klartext-comments', version: 1, exportedAt: 'x', comments: [{ id: 'a', post_slug: POST }] }));
    const res = await runScript('import', [file], env(`file:${join(dir, 'leer.db')}`));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('comments.0.');
    writeFileSync(file, '{ kein json');
    expect((await runScript('import', [file], env(`file:${join(dir, 'leer.db')}`))).stderr).toContain('keine lesbare JSON-Datei');
  });
});
