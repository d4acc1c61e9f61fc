import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ChainReport } from '../audit/verify-audit-chain.ts';
import { dialectOf, openSqlite, sqlitePath } from '../db/create-database.ts';
import { assertNotInUse, BackupError, openKawalisReadOnly, removeSidecars, withoutLeftovers } from './sqlite-files.ts';
import { type ChainProgress, describeBadEvent, verifySqliteFile } from './verify-chain.ts';

export interface RestoreReport {
  target: string;
  /** The chain as found in the backup file, before anything was replaced. */
  source: ChainReport;
  /** The chain of the restored database, read back through the server's own settings. */
  restored: ChainReport;
  users: number;
  /** Where the database that was replaced is kept, if there was one. */
  previous?: string;
}

/**
 * Replace the configured SQLite database with a backup. Nothing is touched unless the backup is a
 * Kawalis database whose audit chain verifies and no other process has the database open. The
 * backup is copied beside the target and renamed into place, after the old -wal/-shm files are gone
 * (a stale WAL replayed onto the restored file would corrupt it). The replaced file is kept beside it.
 */
export async function restoreDatabase(opts: { source: string; databaseUrl: string; onProgress?: ChainProgress }): Promise<RestoreReport> {
  if (dialectOf(opts.databaseUrl) !== 'sqlite') {
    throw new BackupError('The database is PostgreSQL: restore it with pg_restore (e.g. `pg_restore --clean --dbname "$DATABASE_URL" kawalis.dump`)');
  }
  const source = resolve(opts.source);
  const target = resolve(sqlitePath(opts.databaseUrl));
  if (source === target) throw new BackupError('The backup file is the configured database itself');
  const staging = join(dirname(target), `.${basename(target)}.restore-${process.pid}`);

  const sourceReport = await withoutLeftovers(source, async () => {
    const db = openKawalisReadOnly(source);
    try {
      const { report } = await verifySqliteFile(db, opts.onProgress);
      if (!report.ok) throw new BackupError(`Refusing to restore ${opts.source}: ${describeBadEvent(report)}`);
      assertNotInUse(target);
      mkdirSync(dirname(target), { recursive: true });
      // The online backup copies what was verified, WAL content included, as one consistent file.
      await db.backup(staging);
      return report;
    } catch (err) {
      rmSync(staging, { force: true });
      throw err;
    } finally {
      db.close();
    }
  });

  let previous: string | undefined;
  try {
    assertNotInUse(target);
    removeSidecars(target);
    if (existsSync(target)) {
      previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(target, previous);
    }
    renameSync(staging, target);
  } finally {
    if (existsSync(staging)) rmSync(staging, { force: true });
  }

  const restoredDb = openSqlite(target);
  try {
    const { report, users } = await verifySqliteFile(restoredDb, opts.onProgress);
    return { target, source: sourceReport, restored: report, users, previous };
  } finally {
    restoredDb.close();
  }
}
