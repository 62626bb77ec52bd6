import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Prepared statements are reused: the same few queries run on every request.
const MAX_CACHED_STATEMENTS = 200;

/**
 * Opens a SQLite file with Node's built-in driver, shaped the way Kysely's
 * SqliteDialect expects (it was written for better-sqlite3, which crashes
 * under Node 24). WAL lets readers go on while one request writes; the busy
 * timeout makes a second process (`npm run migrate`, `npm run purge`) wait
 * instead of failing.
 */
export function openNodeSqlite(path: string): SqliteDatabase {
  const db = new DatabaseSync(path);
  // The busy timeout first: switching a new file to WAL takes a lock that another process may hold.
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = adapt(db.prepare(sql));
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

type Parameter = null | number | bigint | string | Uint8Array;

function adapt(statement: StatementSync): SqliteStatement {
  const reader = statement.columns().length > 0;
  return {
    reader,
    all: (parameters) => statement.all(...(parameters as Parameter[])),
    run: (parameters) => statement.run(...(parameters as Parameter[])),
    iterate: (parameters) => statement.iterate(...(parameters as Parameter[])) as IterableIterator<unknown>,
  };
}
