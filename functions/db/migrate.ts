import type { Kysely } from 'kysely';
import { DEFAULT_MIGRATION_TABLE, Migrator } from 'kysely/migration';
import { MIGRATIONS } from './migrationList.ts';

/**
 * Brings the database to the newest schema; throws with the failing migration's name. Safe when several
 * processes start at once (server, CLI, serverless instances): on PostgreSQL Kysely's Migrator holds an
 * advisory lock; on SQLite it runs in one `BEGIN IMMEDIATE` transaction, the file's write lock
 * (db/sqliteDialect.ts). The others wait, then find nothing left to do.
 *
 * Every start of the service calls this, every cold start of a serverless instance too. When the database has
 * run exactly the migrations this code knows, one read of Kysely's migration table says so and nothing else
 * happens; only otherwise does the Migrator run (its table checks, lock and transaction take several round
 * trips to the database).
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (await schemaIsCurrent(db)) return [];
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error) {
    throw new Error(`Datenbank-Migration ${failed?.migrationName ?? ''} fehlgeschlagen: ${(error as Error).message ?? error}`, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/**
 * True when the migration table lists exactly the migrations in MIGRATIONS. False when it lists fewer or others
 * (the Migrator then runs them, or reports the mismatch), or when there is no table yet or the read fails.
 */
export async function schemaIsCurrent(db: Kysely<any>): Promise<boolean> {
  let rows: Array<{ name: string }>;
  try {
    rows = await db.selectFrom(DEFAULT_MIGRATION_TABLE).select('name').execute();
  } catch {
    return false;
  }
  const applied = new Set(rows.map((row) => row.name));
  const known = Object.keys(MIGRATIONS);
  return applied.size === known.length && known.every((name) => applied.has(name));
}
