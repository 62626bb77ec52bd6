import { beforeAll, describe, expect, it } from 'vitest';
import { listForModeration } from '../../../functions/moderation/moderationQueries.ts';
import { DATABASE_KINDS, useOpenDatabase } from '../../support/testDatabase.ts';

// Each comment holds one character LIKE treats specially, next to a neutral one.
const BODIES: Record<string, string> = {
  percent: '100% Zustimmung',
  underscore: 'Variable user_id',
  backslash: 'Pfad C:\\Daten',
  plain: 'Nur Buchstaben und x',
};

describe.each(DATABASE_KINDS)('moderation search on %s', (kind) => {
  const open = useOpenDatabase(kind);

  beforeAll(async () => {
    const stamp = '2026-12-01T10:00:00.000Z';
    await open.db
      .insertInto('comments')
      .values(
        Object.entries(BODIES).map(([id, body]) => ({
          id, post_slug: 'p', parent_id: null, author_name: 'Leserin', author_email: 'leserin@example.org', author_url: null,
          body_source: body, body_html: `<p>${body}</p>`, status: 'pending' as const, spam_reasons: '[]', notify: 0, ip_hash: null, user_agent: null,
          fingerprint: id, created_at: stamp, updated_at: stamp,
        })),
      )
      .execute();
  });

  const found = async (q: string) => (await listForModeration(open.db, { q, page: 1 })).comments.map((comment) => comment.id).sort();

  it('finds `%` only where a percent sign is written', async () => {
    expect(await found('%')).toEqual(['percent']);
    expect(await found('0%')).toEqual(['percent']);
  });

  it('finds `_` only where an underscore is written, not any one character', async () => {
    expect(await found('_')).toEqual(['underscore']);
    expect(await found('r_i')).toEqual(['underscore']);
  });

  it('finds `\\` only where a backslash is written', async () => {
    expect(await found('\\')).toEqual(['backslash']);
    expect(await found(':\\d')).toEqual(['backslash']);
  });

  it('still finds ordinary words, case-insensitively', async () => {
    expect(await found('BUCHSTABEN')).toEqual(['plain']);
  });
});
