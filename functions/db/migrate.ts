import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { MIGRATIONS } from './migrationList.ts';

/**
 * Brings the database to the newest schema; throws with the failing migration's name. Safe when several
 * processes start at once (server, CLI, serverless instances): on PostgreSQL Kysely's Migrator holds an
 * advisory lock; on SQLite it runs in one `BEGIN IMMEDIATE` transaction, the file's write lock
 * (db/sqliteDialect.ts). The others wait, then find nothing left to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error) {
    throw new Error(`Datenbank-Migration ${failed?.migrationName ?? ''} fehlgeschlagen: ${(error as Error).message ?? error}`, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
