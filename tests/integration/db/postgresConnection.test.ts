import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../functions/db/openDatabase.ts';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase.ts';

/** What a serverless instance asks of PostgreSQL: a bounded pool, and TLS when the URL demands it. */
describe('functions/db/openDatabase on PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('never holds more connections than DATABASE_POOL_MAX, however many requests wait', async () => {
    const { db } = await openDatabase(database.url, { poolMax: 2 });
    try {
      // Ten queries at once, each on whatever connection the pool gives it: the backend pids are the connections.
      const pids = await Promise.all(Array.from({ length: 10 }, () => sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(db)));
      expect(new Set(pids.map((result) => result.rows[0]!.pid)).size).toBe(2);
    } finally {
      await db.destroy();
    }
  });

  it('asks for TLS when the URL says ?sslmode=require, and refuses a server without it', async () => {
    // The test cluster speaks no TLS: a connection that honors sslmode=require must fail instead of falling back to plain text.
    const { db } = await openDatabase(`${database.url}?sslmode=require`, { poolMax: 1 });
    try {
      await expect(sql`select 1`.execute(db)).rejects.toThrow(/does not support SSL/);
    } finally {
      await db.destroy();
    }
    const plain = await openDatabase(database.url, { poolMax: 1 });
    try {
      expect((await sql<{ one: number }>`select 1 as one`.execute(plain.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await plain.db.destroy();
    }
  });
});
