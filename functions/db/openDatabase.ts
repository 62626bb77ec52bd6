import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.ts';

/** Which database a connection talks to; the few dialect differences ask this. */
export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
}

/** The SQLite file a `file:` URL names, relative to the working directory. */
export function sqlitePath(databaseUrl: string): string {
  const path = decodeURIComponent(databaseUrl.replace(/^file:(\/\/)?/, '').split('?')[0]!);
  return path === ':memory:' ? path : resolve(path);
}

/**
 * Connects to `DATABASE_URL`: a `file:` URL opens SQLite (its folder is
 * created), a `postgres://` URL a pool of at most `poolMax` PostgreSQL
 * connections (DATABASE_POOL_MAX): instances × poolMax must stay below the
 * server's max_connections, or go through a pooler (docs/deploy.md). pg reads
 * `?sslmode=require` from the URL itself. Drivers are loaded on demand, so a
 * serverless bundle with PostgreSQL never loads SQLite.
 */
export async function openDatabase(databaseUrl: string, options: { poolMax?: number } = {}): Promise<OpenDatabase> {
  if (databaseUrl.startsWith('file:')) {
    const path = sqlitePath(databaseUrl);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const [{ openNodeSqlite }, { LockingSqliteDialect }] = await Promise.all([import('./nodeSqlite.ts'), import('./sqliteDialect.ts')]);
    return { db: new Kysely<Database>({ dialect: new LockingSqliteDialect({ database: openNodeSqlite(path) }) }), kind: 'sqlite' };
  }
  const { default: pg } = await import('pg');
  // allowExitOnIdle: idle connections do not keep the process (or a worker thread) alive on their own; a server
  // stays up by its listening socket. netlify-cli runs every call in a new worker, which otherwise lingered
  // for pg's 10-s idle timeout with the whole bundle in memory (docs/deploy.md, cold starts).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolMax ?? 10, allowExitOnIdle: true });
  // An idle connection that the server closes (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL-Verbindung verloren: ${error.message}`));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' };
}
