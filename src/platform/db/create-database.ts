import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type Checkpointer, startCheckpointer } from './checkpointer.ts';
import { KawalisSqliteDialect } from './sqlite-adapter.ts';
import { withStatementCache } from './statement-cache.ts';

// bigint columns come back as JS bigint, dates as 'YYYY-MM-DD', instants as ISO-8601 UTC text: the
// same JS types as SQLite gives, so repositories never branch on the dialect.
pg.types.setTypeParser(20, (v) => BigInt(v));
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());

export type Dialect = 'sqlite' | 'postgres';
// biome-ignore lint/suspicious/noExplicitAny: the composition root holds every module's tables
export type AnyDb = Kysely<any>;

export interface Database {
  db: AnyDb;
  dialect: Dialect;
  /** The raw better-sqlite3 handle, for online backup; undefined on PostgreSQL. */
  sqlite?: Sqlite.Database;
  close(): Promise<void>;
}

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

export function sqlitePath(url: string): string {
  return url.replace(/^(sqlite|file):(\/\/)?/, '');
}

/** Open the database named by the URL: `sqlite:/path/file.db` or `postgres://…`. */
export function createDatabase(url: string, opts: { poolSize?: number } = {}): Database {
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
    // An idle connection closed by the server (restart, failover, an admin) must not crash the
    // process: the pool drops it and opens another on the next query.
    pool.on('error', (err: Error & { code?: string }) => {
      if (err.code !== '57P01') console.error(`postgres pool: ${err.message}`);
    });
    const db: AnyDb = new Kysely({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = sqlitePath(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = openSqlite(file);
  const checkpointer: Checkpointer | undefined = file === ':memory:' ? undefined : startCheckpointer(sqlite, file);
  const db: AnyDb = new Kysely({ dialect: new KawalisSqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

/** WAL, synchronous=FULL and foreign keys are not optional: start-up refuses a database without them. */
export function openSqlite(file: string): Sqlite.Database {
  const sqlite = new Sqlite(file);
  sqlite.defaultSafeIntegers(true);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const mode = String(sqlite.pragma('journal_mode', { simple: true }));
  const sync = Number(sqlite.pragma('synchronous', { simple: true }));
  const fk = Number(sqlite.pragma('foreign_keys', { simple: true }));
  if (file !== ':memory:' && mode !== 'wal') throw new Error(`SQLite refused WAL mode (got ${mode}) for ${file}`);
  if (sync !== 2) throw new Error(`SQLite refused synchronous=FULL (got ${sync})`);
  if (fk !== 1) throw new Error('SQLite refused foreign_keys=ON');
  return sqlite;
}

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
