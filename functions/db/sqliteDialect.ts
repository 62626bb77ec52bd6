import { CompiledQuery, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type DialectAdapter, type Driver, type SqliteDialectConfig } from 'kysely';

/**
 * Kysely's SQLite driver, except that a transaction starts with
 * `BEGIN IMMEDIATE`: it takes the file's write lock at once (waiting up to
 * the busy timeout for another process to finish) instead of at its first
 * write, where a second process would fail with SQLITE_BUSY instead of
 * waiting, having read a state that is no longer true.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite runs DDL inside transactions. Saying so makes Kysely's Migrator
 * read the applied migrations and run the pending ones in one transaction —
 * which, begun IMMEDIATE, is the cross-process lock Kysely's own SQLite
 * adapter leaves out (it assumes one process, "one connection").
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * Kysely's SqliteDialect with migrations safe when several processes start
 * together (the server, `npm run moderator`, `npm run migrate`): the second
 * waits for the first's migrations and then finds nothing left to do.
 */
export class LockingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
