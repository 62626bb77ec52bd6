import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { migrateToLatest } from '../../functions/db/migrate.ts';
import { openDatabase, type OpenDatabase } from '../../functions/db/openDatabase.ts';
import pg from 'pg';

/** A database for one test file: a fresh SQLite file or a fresh database in the test run's PostgreSQL cluster. */
export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

export type TestDatabaseKind = 'sqlite' | 'postgres';

/** Both kinds, so a suite can run once per dialect with `describe.each`. */
export const DATABASE_KINDS: TestDatabaseKind[] = ['sqlite', 'postgres'];

/** Creates an empty database of the given kind. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'klartext-db-'));
    return { url: `file:${join(dir, 'comments.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = inject('postgresUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = server.replace(/\/postgres$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * For a test file working on the database directly: an empty database of `kind`, opened with the
 * service's own driver (and migrated, unless `migrate: false`) before the tests, dropped after them.
 * Call it inside `describe`; `db` and `url` are there once `beforeAll` ran.
 */
export function useOpenDatabase(kind: TestDatabaseKind, options: { migrate?: boolean } = {}): { readonly url: string; readonly db: OpenDatabase['db'] } {
  let database: TestDatabase | undefined;
  let open: OpenDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    open = await openDatabase(database.url);
    if (options.migrate ?? true) await migrateToLatest(open.db);
  });
  afterAll(async () => {
    await open?.db.destroy();
    await database?.drop();
  });
  return {
    get url() {
      if (!database) throw new Error('The database is created in beforeAll.');
      return database.url;
    },
    get db() {
      if (!open) throw new Error('The database is opened in beforeAll.');
      return open.db;
    },
  };
}
